// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

import org.riffwire.api.Attachment;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.core.api.BadRequestException;

/**
 * Checks a prompt before any plug-in sees it: text length, attachment sizes, overrides, and that the pipeline has a
 * part that reads each attachment (an attachment nothing reads is refused, never dropped).
 */
final class RequestValidation {
    private RequestValidation() {
    }

    /** @return the prompt with its text stripped */
    static Prompt prompt(Prompt prompt) throws InvalidPromptException {
        String text = prompt.text();
        if (text.isBlank() && prompt.attachment(Attachment.Kind.IMAGE).isEmpty()) {
            throw new InvalidPromptException("the prompt is empty: describe the music, e.g. \"a calm piano waltz in A minor, "
                    + "30 seconds\", or give an image");
        }
        if (text.length() > Prompt.MAX_LENGTH) {
            throw new InvalidPromptException("the prompt is " + text.length() + " characters long; the limit is "
                    + Prompt.MAX_LENGTH);
        }
        for (Attachment a : prompt.attachments()) {
            if (a.size() > Attachment.MAX_BYTES) {
                throw new InvalidPromptException(a.fileName() + " is " + megabytes(a.size()) + "; attachments are limited to "
                        + megabytes(Attachment.MAX_BYTES));
            }
        }
        return prompt.toBuilder().text(text.strip()).build();
    }

    /** The prompt's explicit overrides of spec values as a patch, stated as firmly as the prompt's own words. */
    static SpecPatch overrides(Prompt prompt, Set<String> generatorOptions) throws InvalidPromptException {
        try {
            return PipelineSettings.overrides(prompt.overrides(), generatorOptions);
        } catch (IllegalArgumentException e) {
            throw new InvalidPromptException(e.getMessage());
        }
    }

    /** The generator's options for this request: the pipeline's, then the prompt's over them. */
    static Map<String, String> options(Prompt prompt, Pipeline pipeline) {
        Map<String, String> out = new TreeMap<>(pipeline.options());
        out.putAll(PipelineSettings.options(prompt.overrides(), pipeline.generatorOptions()));
        return out;
    }

    /** Refuses attachments that no interpreter and not the generator of the pipeline reads. */
    static void readable(Prompt prompt, Pipeline pipeline) throws BadRequestException {
        Set<String> readers = new TreeSet<>(pipeline.interpreterAccepts());
        readers.addAll(pipeline.generatorAccepts());
        for (Attachment a : prompt.attachments()) {
            if (readers.contains(a.kind().name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (a.kind() == Attachment.Kind.IMAGE) {
                throw new BadRequestException("pipeline '" + pipeline.name() + "' has no image interpreter to read "
                        + a.fileName() + " (its interpreters: " + String.join(", ", pipeline.interpreters().stream()
                                .map(java.util.Map.Entry::getKey).toList()) + "); use a pipeline whose interpreters read images");
            }
            String kind = a.kind() == Attachment.Kind.INIT_AUDIO ? "init audio" : "spectrogram images";
            throw new BadRequestException("pipeline '" + pipeline.name() + "' cannot start from " + a.fileName()
                    + ": its generator '" + pipeline.generatorName() + "' does not read " + kind
                    + (pipeline.generatorAccepts().isEmpty() ? "" : " (it reads: " + String.join(", ",
                            pipeline.generatorAccepts().stream().map(k -> k.replace('_', ' ')).sorted().toList()) + ")"));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
