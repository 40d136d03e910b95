// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;

/** A configured pipeline, whether it can run now, and if not, what it is missing. */
public record PipelineInfo(String name, List<String> interpreters, String generator, boolean ready, String problem) {
    public PipelineInfo {
        interpreters = List.copyOf(interpreters);
    }
}
