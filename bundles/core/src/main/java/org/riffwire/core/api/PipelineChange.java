// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an admin changes in a pipeline: each part given replaces the pipeline's (null leaves it), settings are
 * merged into the pipeline's own.
 */
public record PipelineChange(List<String> interpreters, String generator, List<String> renderers,
        Map<String, String> settings) {
    public PipelineChange {
        interpreters = interpreters == null ? null : List.copyOf(interpreters);
        renderers = renderers == null ? null : List.copyOf(renderers);
        settings = settings == null ? Map.of() : Map.copyOf(new TreeMap<>(settings));
    }

    public static PipelineChange none() {
        return new PipelineChange(null, null, null, Map.of());
    }

    /** The pipeline after this change. */
    public PipelineDefinition applyTo(PipelineDefinition base) {
        Map<String, String> merged = new TreeMap<>(base.settings());
        merged.putAll(settings);
        return new PipelineDefinition(base.name(), interpreters == null ? base.interpreters() : interpreters,
                generator == null ? base.generator() : generator, renderers == null ? base.renderers() : renderers, merged);
    }
}
