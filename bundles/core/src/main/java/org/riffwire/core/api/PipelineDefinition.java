// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an admin says a pipeline is: its interpreters in order, its generator, the output formats it may write
 * (empty: any) and settings that apply to every prompt it runs unless the prompt says otherwise
 * ("tempo" → "90", "key" → "E minor", "meter" → "3/4", "length" → "20 s" or "16 bars", "drums" → "yes",
 * "genre" → "waltz", "dynamics" → "p").
 */
public record PipelineDefinition(String name, List<String> interpreters, String generator, List<String> renderers,
        Map<String, String> settings) {
    public PipelineDefinition {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("a pipeline name is 1–64 letters, digits, '.', '_' or '-', starting with a "
                    + "letter or digit: '" + name + "'");
        }
        interpreters = List.copyOf(interpreters);
        if (interpreters.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one interpreter");
        }
        Objects.requireNonNull(generator, "generator");
        renderers = List.copyOf(renderers);
        settings = Map.copyOf(new TreeMap<>(settings));
    }
}
