// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.riffwire.api.spec.SpecField;

/**
 * Reads tempo words: Italian markings ("adagio", "presto") and plain ones ("slow", "upbeat"). They name a range,
 * not a number, so each gives the typical tempo as an inferred value; an explicit "at 90 bpm" still wins.
 *
 * <p>A plain pace word says how fast this piece is compared with its kind, so next to a genre it means that
 * genre's slow or fast end ("a slow waltz" is 120, "a very slow waltz" slower still), and it is surer than the
 * genre's own middle: a prompt that says "slow" must not get an average tempo.
 */
final class TempoWordReader {
    // Italian markings are a musician's own request, hence surer than everyday words.
    private static final double ITALIAN = 0.9;
    static final double PLAIN = 0.85;

    /** {@code alsoNoun}: the word is an English noun too, and after an article it is that ("a grave"). */
    private record TempoWord(double bpm, double confidence, int lean, boolean alsoNoun) {
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "my", "their", "your",
            "its", "our", "this", "that");

    private final Lexicon<TempoWord> words;

    TempoWordReader() {
        Map<String, TempoWord> m = new HashMap<>();
        m.put("grave", new TempoWord(40, ITALIAN, 0, true));
        italian(m, "largo", 50);
        italian(m, "lento", 55);
        italian(m, "larghetto", 63);
        italian(m, "adagio", 70);
        italian(m, "adagietto", 75);
        italian(m, "andante", 90);
        italian(m, "andantino", 96);
        italian(m, "moderato", 108);
        italian(m, "allegro moderato", 120);
        italian(m, "allegretto", 116);
        italian(m, "allegro", 132);
        italian(m, "vivace", 160);
        italian(m, "presto", 180);
        italian(m, "prestissimo", 200);
        plain(m, 55, -2, "very slow", "very slowly", "extremely slow", "really slow", "super slow");
        plain(m, 70, -1, "slow", "slowly");
        // Words for a slow or hurried pace of life are pace words too: "a drowsy Sunday" must not get 95 bpm.
        // ("sleepy", "lazy", "frantic" and "bouncy" are mood words, read by the mood reader with their tempo.)
        plain(m, 62, -1, "drowsy", "drowsily", "sluggish", "languid", "languorous", "plodding", "lethargic",
                "half asleep", "half-asleep");
        plain(m, 72, -1, "lazily", "unhurried", "leisurely", "sauntering", "dawdling");
        plain(m, 85, -1, "relaxed", "laid back", "laid-back", "laidback");
        plain(m, 128, 1, "brisk", "briskly", "sprightly");
        plain(m, 165, 1, "frenetic", "breakneck", "hurried", "rushing", "racing", "galloping", "hectic", "headlong",
                "furious pace");
        plain(m, 105, 0, "mid tempo", "mid-tempo", "midtempo", "medium tempo", "moderate tempo");
        plain(m, 125, 1, "upbeat", "up-tempo", "uptempo");
        plain(m, 150, 1, "fast", "quick");
        plain(m, 180, 2, "very fast", "very quick", "extremely fast", "really fast", "super fast");
        words = new Lexicon<>(Lexicon.keyed(m), false);
    }

    private static void italian(Map<String, TempoWord> m, String word, double bpm) {
        m.put(word, new TempoWord(bpm, ITALIAN, 0, false));
    }

    private static void plain(Map<String, TempoWord> m, double bpm, int lean, String... phrases) {
        for (String p : phrases) {
            m.put(p, new TempoWord(bpm, PLAIN, lean, false));
        }
    }

    /** Reads Italian markings now; plain pace words wait for {@link #settle}, once the genre is known. */
    TempoLean read(Tokens tokens, Findings found) {
        int lean = 0;
        List<String> leanWords = new ArrayList<>();
        List<TempoLean.Pace> paces = new ArrayList<>();
        for (Phrase<TempoWord> p : words.scan(tokens)) {
            if (Negation.isNegated(tokens, p.first()) || p.value().alsoNoun() && p.first() > 0
                    && tokens.joined(p.first()) && DETERMINERS.contains(tokens.word(p.first() - 1))) {
                continue;
            }
            String typed = tokens.words(p.first(), p.end());
            TempoWord w = p.value();
            tokens.use(p.first(), p.end());
            if (w.confidence() == ITALIAN) {
                found.inferred(SpecField.TEMPO, w.bpm(), w.confidence(), typed);
                continue;
            }
            paces.add(new TempoLean.Pace(w.lean(), w.bpm(), typed));
            if (w.lean() != 0 && lean == 0) {
                lean = w.lean();
                leanWords.add(typed);
            }
        }
        return paces.isEmpty() ? TempoLean.NONE : new TempoLean(lean, leanWords, paces);
    }

    /** Gives each plain pace word its tempo: the genre's matching end when there is a genre, else its own. */
    void settle(TempoLean lean, Genre genre, List<String> genreWords, Findings found) {
        for (TempoLean.Pace pace : lean.paces()) {
            if (genre == null) {
                found.inferred(SpecField.TEMPO, pace.bpm(), PLAIN, pace.words());
            } else {
                List<String> words = new ArrayList<>(genreWords);
                words.add(pace.words());
                found.inferred(SpecField.TEMPO, genre.tempo(pace.lean()), PLAIN, words);
            }
        }
    }
}
