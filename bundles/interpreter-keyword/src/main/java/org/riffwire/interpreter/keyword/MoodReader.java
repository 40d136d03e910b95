// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.HashMap;
import java.util.Map;

import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.SpecField;

/**
 * Reads mood and loudness words ("gentle", "sad", "energetic", "very loud") into guesses about dynamics, mode,
 * tempo, valence and arousal. Every value is inferred: a mood colours a piece but never overrules what the
 * prompt states.
 */
final class MoodReader {
    static final double LOUDNESS = 0.7;
    static final double COLOUR = 0.5;
    static final double MODE = 0.6;
    static final double TEMPO = 0.5;
    static final double AFFECT = 0.5;

    private static final Mood SOFT = new Mood(Dynamics.P, LOUDNESS, 75.0, null, null, -0.5);
    private static final Mood CALM = new Mood(Dynamics.P, LOUDNESS, 75.0, null, null, -0.6);
    private static final Mood VERY_SOFT = new Mood(Dynamics.PP, LOUDNESS, 70.0, null, null, -0.7);
    private static final Mood LOUD = new Mood(Dynamics.F, LOUDNESS, 140.0, null, null, 0.7);
    private static final Mood VERY_LOUD = new Mood(Dynamics.FF, LOUDNESS, 140.0, null, null, 0.8);
    private static final Mood SAD = new Mood(Dynamics.MP, COLOUR, 75.0, Mode.MINOR, -0.7, null);
    private static final Mood HAPPY = new Mood(Dynamics.MF, COLOUR, 120.0, Mode.MAJOR, 0.7, null);

    private final Lexicon<Mood> words;

    MoodReader() {
        Map<String, Mood> m = new HashMap<>();
        put(m, SOFT, "soft", "quiet", "gentle", "delicate", "tender", "intimate", "softly", "quietly", "gently");
        put(m, CALM, "calm", "peaceful", "soothing", "serene", "tranquil");
        put(m, VERY_SOFT, "very soft", "very quiet", "very gentle", "whisper quiet");
        put(m, LOUD, "loud", "powerful", "aggressive", "intense", "energetic", "driving", "explosive", "epic",
                "fierce", "furious", "loudly");
        put(m, VERY_LOUD, "very loud", "very intense", "very powerful");
        put(m, SAD, "sad", "melancholic", "melancholy", "gloomy", "dark", "mournful", "tragic", "somber",
                "sombre", "grief", "grieving", "lonely", "haunting", "eerie", "ominous", "sorrowful", "wistful");
        put(m, HAPPY, "happy", "joyful", "joyous", "cheerful", "bright", "uplifting", "triumphant", "sunny",
                "playful", "hopeful", "festive");
        words = new Lexicon<>(Lexicon.keyed(m), false);
    }

    private static void put(Map<String, Mood> m, Mood mood, String... phrases) {
        for (String p : phrases) {
            m.put(p, mood);
        }
    }

    /** @param tempoStated whether the prompt already gave a tempo or a tempo word, which a mood must not echo */
    void read(Tokens tokens, Findings found, boolean tempoStated) {
        for (Phrase<Mood> p : words.scan(tokens)) {
            if (Negation.isNegated(tokens, p.first())) {
                continue;
            }
            String typed = tokens.words(p.first(), p.end());
            Mood mood = p.value();
            found.inferred(SpecField.DYNAMICS, mood.dynamics(), mood.dynamicsConfidence(), typed);
            if (mood.mode() != null) {
                found.inferred(SpecField.MODE, mood.mode(), MODE, typed);
            }
            if (mood.tempo() != null && !tempoStated) {
                found.inferred(SpecField.TEMPO, mood.tempo(), TEMPO, typed);
            }
            if (mood.valence() != null) {
                found.inferred(SpecField.VALENCE, mood.valence(), AFFECT, typed);
            }
            if (mood.arousal() != null) {
                found.inferred(SpecField.AROUSAL, mood.arousal(), AFFECT, typed);
            }
            tokens.use(p.first(), p.end());
        }
    }
}
