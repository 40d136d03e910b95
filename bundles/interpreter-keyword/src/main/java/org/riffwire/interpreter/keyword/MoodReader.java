// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Arousal;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.SpecField;

/**
 * Reads mood words ("grief", "peaceful", "triumphant", "a car chase") and loudness words ("soft", "very loud").
 * Each mood word has a valence (sad −1 … happy 1) and an arousal (calm −1 … intense 1); the prompt's words are
 * averaged, so "the quiet grief of an empty house" is one mood, and from the average come guesses at the mode,
 * tempo, dynamics and drums. Every value is inferred: a mood colours a piece but never overrules what the prompt
 * states, and fields the prompt states get no guess at all.
 */
final class MoodReader {
    /** Loudness words name a dynamic outright. */
    static final double LOUDNESS = 0.7;
    static final double MODE = 0.55;
    // Below a genre's tempo (0.8) and a pace word's (0.85): a mood says least about speed.
    static final double TEMPO = 0.5;
    static final double DYNAMICS = 0.5;
    static final double AFFECT = 0.5;
    static final double DRUMS = 0.4;
    // "very sad" is sadder, but still inside [-1, 1].
    static final double INTENSIFIER = 1.3;

    private static final Set<String> INTENSIFIERS = Set.of("very", "extremely", "really", "so", "incredibly",
            "super", "deeply", "truly", "utterly", "intensely", "totally", "profoundly");

    private final Lexicon<Mood> words;

    MoodReader() {
        Map<String, Mood> m = new HashMap<>();
        // Loudness
        loud(m, Dynamics.P, null, -0.6, "soft", "quiet", "softly", "quietly", "gently", "hushed");
        loud(m, Dynamics.P, 0.2, -0.6, "gentle", "delicate");
        loud(m, Dynamics.P, 0.3, -0.5, "intimate");
        loud(m, Dynamics.P, 0.4, -0.5, "tender");
        loud(m, Dynamics.PP, null, -0.8, "very soft", "very quiet", "very gentle", "whisper quiet",
                "barely audible");
        loud(m, Dynamics.F, null, 0.7, "loud", "loudly");
        loud(m, Dynamics.F, 0.2, 0.8, "powerful");
        loud(m, Dynamics.F, -0.1, 0.8, "intense");
        loud(m, Dynamics.F, 0.4, 0.8, "energetic");
        loud(m, Dynamics.F, 0.1, 0.7, "driving");
        loud(m, Dynamics.F, 0.0, 0.9, "explosive");
        loud(m, Dynamics.F, 0.3, 0.8, "epic");
        loud(m, Dynamics.F, -0.3, 0.9, "fierce");
        loud(m, Dynamics.F, -0.8, 0.9, "furious");
        loud(m, Dynamics.F, -0.5, 0.8, "aggressive");
        loud(m, Dynamics.FF, null, 0.9, "very loud", "very intense", "very powerful");
        // Sad and low
        mood(m, -0.7, -0.4, "sad", "sadness");
        mood(m, -0.6, -0.3, "unhappy");
        mood(m, -0.5, -0.4, "melancholic", "melancholy");
        mood(m, -0.6, -0.4, "gloomy");
        mood(m, -0.7, -0.5, "mournful");
        mood(m, -0.8, -0.1, "tragic", "tragedy");
        mood(m, -0.5, -0.5, "somber", "sombre");
        mood(m, -0.8, -0.5, "grief", "grieving", "mourning");
        mood(m, -0.8, -0.6, "funeral");
        mood(m, -0.7, -0.4, "lament", "sorrow", "sorrowful");
        mood(m, -0.8, -0.3, "heartbroken", "heartbreak", "heartbreaking");
        mood(m, -0.4, -0.3, "goodbye", "farewell", "missing");
        mood(m, -0.6, -0.4, "lonely", "loneliness", "loss");
        mood(m, -0.4, -0.5, "empty");
        mood(m, -0.3, -0.4, "nostalgic", "nostalgia", "rain", "rainy");
        mood(m, -0.6, -0.3, "tears", "tearful", "crying", "regret");
        mood(m, -0.4, -0.2, "longing", "yearning", "haunting");
        mood(m, -0.3, -0.3, "wistful");
        mood(m, -0.2, -0.2, "bittersweet");
        mood(m, -0.7, -0.5, "desolate");
        mood(m, -0.8, -0.6, "depressing", "depressed", "hopeless");
        // Calm and content
        mood(m, 0.2, -0.7, "calm");
        mood(m, 0.4, -0.7, "peaceful", "serene", "tranquil");
        mood(m, 0.3, -0.7, "soothing", "spa");
        mood(m, 0.4, -0.6, "relaxing");
        mood(m, 0.3, -0.5, "chill", "chilled", "chillout", "chill out", "dreamy", "dreamlike");
        mood(m, 0.2, -0.6, "lazy", "floating");
        mood(m, 0.4, -0.4, "sunday");
        mood(m, 0.5, -0.5, "cozy", "cosy");
        mood(m, 0.5, -0.3, "warm", "romantic");
        mood(m, 0.2, -0.8, "meditation", "meditative");
        mood(m, 0.1, -0.8, "sleep", "sleepy");
        mood(m, 0.5, -0.4, "candlelit");
        mood(m, 0.6, -0.1, "love", "loving", "lovely");
        mood(m, 0.5, 0.1, "hopeful");
        // Happy and lively
        mood(m, 0.7, 0.2, "happy", "happiness");
        mood(m, 0.8, 0.5, "joyful", "joyous", "joy");
        mood(m, 0.7, 0.4, "cheerful");
        mood(m, 0.6, 0.3, "bright", "summer", "summery");
        mood(m, 0.7, 0.3, "sunny", "sunshine");
        mood(m, 0.7, 0.5, "uplifting", "festive", "fun");
        mood(m, 0.7, 0.7, "triumphant", "victorious", "victory");
        mood(m, 0.8, 0.7, "celebration", "celebratory");
        mood(m, 0.7, 0.8, "party");
        mood(m, 0.5, 0.6, "anthem", "anthemic");
        mood(m, 0.6, 0.4, "playful");
        mood(m, 0.6, 0.5, "bouncy");
        mood(m, 0.6, 0.6, "dancing");
        mood(m, 0.6, 0.8, "exciting", "excited", "excitement");
        // Tense, dark and wild
        mood(m, -0.4, 0.6, "tense", "tension", "storm", "stormy");
        mood(m, -0.4, 0.5, "suspense", "suspenseful", "standoff");
        mood(m, -0.2, 0.8, "chase");
        mood(m, -0.2, 0.9, "car chase");
        mood(m, -0.2, 0.7, "escape");
        mood(m, -0.4, 0.9, "frantic", "chaotic", "chaos");
        mood(m, -0.7, 0.8, "angry", "anger");
        mood(m, -0.8, 0.9, "rage");
        mood(m, -0.4, 0.8, "battle", "fight", "fighting");
        mood(m, -0.6, 0.7, "war");
        mood(m, -0.5, 0.6, "danger", "dangerous");
        mood(m, -0.6, 0.5, "threat", "threatening", "scary");
        mood(m, -0.4, 0.3, "spooky");
        mood(m, -0.5, 0.2, "haunted");
        mood(m, -0.6, 0.2, "creepy", "ominous");
        mood(m, -0.5, 0.1, "eerie", "dark");
        mood(m, -0.7, 0.5, "horror");
        mood(m, -0.3, 0.0, "mysterious", "mystery");
        mood(m, 0.0, 0.5, "neon");
        mood(m, -0.1, 0.3, "night drive");
        words = new Lexicon<>(Lexicon.keyed(m), false);
    }

    private static void mood(Map<String, Mood> m, double valence, double arousal, String... phrases) {
        for (String p : phrases) {
            m.put(p, Mood.of(valence, arousal));
        }
    }

    private static void loud(Map<String, Mood> m, Dynamics dynamics, Double valence, double arousal,
            String... phrases) {
        for (String p : phrases) {
            m.put(p, new Mood(valence, arousal, dynamics));
        }
    }

    /** @param tempoStated whether the prompt already gave a tempo or a tempo word, which a mood must not echo */
    void read(Tokens tokens, Findings found, boolean tempoStated) {
        List<String> typed = new ArrayList<>();
        double valence = 0;
        int valences = 0;
        double arousal = 0;
        int mentions = 0;
        for (Phrase<Mood> p : words.scan(tokens)) {
            if (Negation.isNegated(tokens, p.first())) {
                continue;
            }
            int from = p.first();
            double scale = 1;
            if (from > 0 && tokens.joined(from) && tokens.isFree(from - 1)
                    && INTENSIFIERS.contains(tokens.word(from - 1))) {
                scale = INTENSIFIER;
                from--;
            }
            String words = tokens.words(from, p.end());
            Mood mood = p.value();
            if (mood.loudness() != null) {
                found.inferred(SpecField.DYNAMICS, mood.loudness(), LOUDNESS, words);
            }
            if (mood.valence() != null) {
                valence += clip(mood.valence() * scale);
                valences++;
            }
            arousal += clip(mood.arousal() * scale);
            mentions++;
            if (!typed.contains(words)) {
                typed.add(words);
            }
            tokens.use(from, p.end());
        }
        if (mentions > 0) {
            // Every mention counts towards the average; each word is recorded once.
            infer(found, typed, valences == 0 ? null : round(valence / valences), round(arousal / mentions),
                    tempoStated);
        }
    }

    private static void infer(Findings found, List<String> words, Double valence, double arousal,
            boolean tempoStated) {
        if (valence != null) {
            found.inferred(SpecField.VALENCE, valence, AFFECT, words);
            if (valence != 0 && !found.hasExplicit(SpecField.MODE)) {
                found.inferred(SpecField.MODE, valence < 0 ? Mode.MINOR : Mode.MAJOR, MODE, words);
            }
        }
        found.inferred(SpecField.AROUSAL, arousal, AFFECT, words);
        if (!tempoStated) {
            // Calm −1 is 60 bpm, neutral 110, intense 1 is 160.
            found.inferred(SpecField.TEMPO, (double) Math.round(Arousal.tempo(arousal)), TEMPO, words);
        }
        if (!found.hasExplicit(SpecField.DYNAMICS)) {
            found.inferred(SpecField.DYNAMICS, dynamics(arousal), DYNAMICS, words);
        }
        if (!found.hasExplicit(SpecField.DRUMS) && Math.abs(arousal) > 0.3) {
            found.inferred(SpecField.DRUMS, arousal > 0, DRUMS, words);
        }
    }

    static Dynamics dynamics(double arousal) {
        if (arousal < -0.4) {
            return Dynamics.P;
        }
        if (arousal < 0) {
            return Dynamics.MP;
        }
        return arousal < 0.4 ? Dynamics.MF : Dynamics.F;
    }

    private static double clip(double value) {
        return Math.max(-1, Math.min(1, value));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
