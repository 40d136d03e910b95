// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.spec.Patterns;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;

/**
 * Reads Strudel and TidalCycles mini-notation in a prompt as parts played exactly ({@link SpecField#PATTERNS},
 * explicit): a cycle per bar of the prompt's meter at its tempo. {@code setcps}/{@code setcpm} set the tempo
 * (explicit); without them or a stated tempo, Strudel's default of half a cycle per second stands as an
 * inference (120 bpm in 4/4), above guesses from mood, below tempo words and genres. A malformed pattern is refused with
 * the character at fault, never guessed at.
 */
@Component(service = PromptInterpreter.class)
@Name(PatternInterpreter.NAME)
public final class PatternInterpreter implements PromptInterpreter {
    public static final String NAME = "pattern";

    /** Strudel's default speed, 0.5 cycles per second, as quarter notes per minute in 4/4. */
    static final double STRUDEL_DEFAULT_BPM = 120;
    /**
     * Above the guesses from mood and meaning (0.5, 0.52), below tempo words and genres (0.85, 0.8): "a slow piano
     * plays `…`" is slow, "a gentle piano plays `…`" keeps Strudel's speed.
     */
    static final double DEFAULT_TEMPO_CONFIDENCE = 0.6;

    @Override
    public SpecPatch interpret(Prompt prompt) throws InvalidPromptException {
        String text = prompt.text();
        if (text.indexOf('`') < 0 && !text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(note|n|s|sound)\\(.*")) {
            return SpecPatch.empty(NAME);
        }
        PromptPatterns.Found found = PromptPatterns.read(text);
        if (found.parts().isEmpty()) {
            return SpecPatch.empty(NAME);
        }
        SpecPatch.Builder patch = SpecPatch.builder(NAME)
                .explicit(SpecField.PATTERNS, new Patterns(found.parts(), found.added()), String.join(" ", found.words()));
        found.key().ifPresent(scale -> {
            patch.explicit(SpecField.TONIC, Math.floorMod(scale.tonic(), 12), found.keyWords());
            scale.mode().ifPresent(mode -> patch.explicit(SpecField.MODE, mode, found.keyWords()));
        });
        if (found.bpm().isPresent()) {
            patch.explicit(SpecField.TEMPO, found.bpm().getAsDouble(), found.tempoWords());
        } else {
            patch.inferred(SpecField.TEMPO, STRUDEL_DEFAULT_BPM, found.words().get(0), DEFAULT_TEMPO_CONFIDENCE);
        }
        return patch.build();
    }
}
