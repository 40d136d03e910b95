// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/**
 * Pipeline files that could not be used, with the reason: {@link PipelineFiles} writes them, the pipeline registry
 * lists them with the pipelines. A component of its own because PipelineFiles needs the registry; were the registry
 * to reference PipelineFiles too, Declarative Services would meet a circular reference at every start.
 */
@Component(service = PipelineFileProblems.class)
public final class PipelineFileProblems {
    private final Map<Path, String> problems = new ConcurrentHashMap<>();

    void put(Path file, String problem) {
        problems.put(file, String.valueOf(problem));
    }

    void clear(Path file) {
        problems.remove(file);
    }

    /** A snapshot: each file (or the folder itself) with what is wrong with it. */
    public Map<Path, String> all() {
        return Map.copyOf(problems);
    }
}
