// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;
import java.util.Set;

/**
 * A configured pipeline, whether it can run now, and if not, what it is missing; with the options its generator
 * takes besides the spec (empty while the generator is absent), so a client can offer the right controls.
 */
public record PipelineInfo(String name, List<String> interpreters, String generator, boolean ready, String problem,
        Set<String> generatorOptions) {
    public PipelineInfo {
        interpreters = List.copyOf(interpreters);
        generatorOptions = Set.copyOf(generatorOptions);
    }

    public PipelineInfo(String name, List<String> interpreters, String generator, boolean ready, String problem) {
        this(name, interpreters, generator, ready, problem, Set.of());
    }
}
