// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.riffwire.api.Prompt;

/**
 * One generation: the prompt, the pipeline, an optional seed (null: derived from the prompt, so the same prompt
 * gives the same piece), the files to write (their extensions pick the renderers; empty: a default file), whether
 * to verify the result by listening to it, a progress listener, a cancellation signal, and settings for the
 * renderers of this request alone ({@link org.riffwire.api.Renderer#SOUNDFONT_SETTING}: a SoundFont for .wav and
 * for listening; empty: theirs).
 */
public record GenerationRequest(Prompt prompt, String pipeline, Long seed, List<Path> outputs, boolean verify,
        ProgressListener progress, CancellationSignal cancellation, Map<String, String> renderSettings) {
    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        renderSettings = renderSettings == null ? Map.of() : Map.copyOf(renderSettings);
        pipeline = pipeline == null ? Studio.DEFAULT_PIPELINE : pipeline;
        outputs = List.copyOf(outputs);
        progress = progress == null ? ProgressListener.NONE : progress;
        cancellation = cancellation == null ? new CancellationSignal() : cancellation;
    }

    public GenerationRequest(Prompt prompt, String pipeline, Long seed, List<Path> outputs, boolean verify,
            ProgressListener progress, CancellationSignal cancellation) {
        this(prompt, pipeline, seed, outputs, verify, progress, cancellation, Map.of());
    }

    public GenerationRequest(Prompt prompt, String pipeline, Long seed, List<Path> outputs, boolean verify,
            ProgressListener progress) {
        this(prompt, pipeline, seed, outputs, verify, progress, null, Map.of());
    }

    public static GenerationRequest of(String prompt, List<Path> outputs) {
        return new GenerationRequest(Prompt.of(prompt), null, null, outputs, false, null, null, Map.of());
    }
}
