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
 */
final class TempoWordReader {
    // Italian markings are a musician's own request, hence surer than everyday words.
    private static final double ITALIAN = 0.9;
    private static final double PLAIN = 0.7;

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
        plain(m, 55, -1, "very slow", "very slowly");
        plain(m, 70, -1, "slow", "slowly");
        plain(m, 85, -1, "relaxed", "laid back", "laid-back", "laidback");
        plain(m, 105, 0, "mid tempo", "mid-tempo", "midtempo", "medium tempo", "moderate tempo");
        plain(m, 125, 1, "upbeat", "up-tempo", "uptempo");
        plain(m, 150, 1, "fast", "quick");
        plain(m, 180, 1, "very fast", "very quick");
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

    TempoLean read(Tokens tokens, Findings found) {
        int lean = 0;
        List<String> leanWords = new ArrayList<>();
        for (Phrase<TempoWord> p : words.scan(tokens)) {
            if (Negation.isNegated(tokens, p.first()) || p.value().alsoNoun() && p.first() > 0
                    && tokens.joined(p.first()) && DETERMINERS.contains(tokens.word(p.first() - 1))) {
                continue;
            }
            String typed = tokens.words(p.first(), p.end());
            TempoWord w = p.value();
            found.inferred(SpecField.TEMPO, w.bpm(), w.confidence(), typed);
            tokens.use(p.first(), p.end());
            if (w.lean() != 0 && lean == 0) {
                lean = w.lean();
                leanWords.add(typed);
            }
        }
        return lean == 0 ? TempoLean.NONE : new TempoLean(lean, leanWords);
    }
}
