// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.Map;

import org.riffwire.api.Attachment;
import org.riffwire.api.Prompt;

/**
 * What a user hands in for one prompt, however it came (command line, shell, HTTP): the words, a picture to
 * follow, an init clip with how far to move from it, and settings over the pipeline's. Null parts are absent.
 */
public record PromptParts(String text, Attachment image, Attachment init, Double initStrength, Map<String, String> settings) {
    public PromptParts {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public Prompt toPrompt() {
        Prompt.Builder b = Prompt.builder().text(text == null ? "" : text);
        if (image != null) {
            b.attach(image);
        }
        if (init != null) {
            b.attach(init);
        }
        if (initStrength != null) {
            b.initStrength(initStrength);
        }
        new java.util.TreeMap<>(settings).forEach(b::override);
        return b.build();
    }
}
