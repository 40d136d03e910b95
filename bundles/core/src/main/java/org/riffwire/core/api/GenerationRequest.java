// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One generation: the prompt, the pipeline, an optional seed (null: derived from the prompt, so the same prompt
 * gives the same piece), the files to write (their extensions pick the renderers), whether to verify the result
 * by listening to it, and a progress sink.
 */
public record GenerationRequest(String prompt, String pipeline, Long seed, List<Path> outputs, boolean verify,
        BiConsumer<Double, String> progress) {
    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        pipeline = pipeline == null ? Studio.DEFAULT_PIPELINE : pipeline;
        outputs = List.copyOf(outputs);
        progress = progress == null ? (f, s) -> { } : progress;
    }

    public static GenerationRequest of(String prompt, List<Path> outputs) {
        return new GenerationRequest(prompt, null, null, outputs, false, null);
    }
}
