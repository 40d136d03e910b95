// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.riffwire.api.Attachment;
import org.riffwire.api.Prompt;
import org.riffwire.api.propertytypes.Produces;

/** Where a generation writes when no output is named: out/&lt;prompt words&gt;.mid, .wav for audio-only generators. */
final class DefaultOutput {
    private DefaultOutput() {
    }

    /** @param produces what the pipeline's generator makes: score, audio or both */
    static Path of(Prompt prompt, String produces) {
        // An image-only prompt is named after its picture.
        String words = prompt.text().isBlank()
                ? prompt.attachment(Attachment.Kind.IMAGE).map(a -> a.fileName().replaceFirst("\\.[^.]*$", "")).orElse("")
                : prompt.text();
        String slug = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        String extension = produces.equals(Produces.AUDIO) ? "wav" : "mid";
        return Path.of("out", (slug.isEmpty() ? "piece" : slug) + "." + extension);
    }
}
