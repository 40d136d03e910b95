// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Map;
import java.util.Set;

import org.riffwire.api.music.TrackRole;

/**
 * Finds the part an instrument is given by the words around it: "piano chords", "a violin melody", "a cello
 * bass line", "lead guitar", "melody on flute", "bass played by a cello", "the flute carries the tune".
 */
final class RoleReader {
    private static final Map<String, TrackRole> NOUNS = Map.ofEntries(
            Map.entry("melody", TrackRole.MELODY), Map.entry("melodies", TrackRole.MELODY),
            Map.entry("lead", TrackRole.MELODY), Map.entry("solo", TrackRole.MELODY),
            Map.entry("solos", TrackRole.MELODY), Map.entry("tune", TrackRole.MELODY),
            Map.entry("theme", TrackRole.MELODY),
            Map.entry("chords", TrackRole.HARMONY), Map.entry("chord", TrackRole.HARMONY),
            Map.entry("comping", TrackRole.HARMONY), Map.entry("accompaniment", TrackRole.HARMONY),
            Map.entry("harmony", TrackRole.HARMONY), Map.entry("harmonies", TrackRole.HARMONY),
            Map.entry("arpeggios", TrackRole.HARMONY), Map.entry("backing", TrackRole.HARMONY),
            Map.entry("vamp", TrackRole.HARMONY), Map.entry("vamps", TrackRole.HARMONY),
            Map.entry("bassline", TrackRole.BASS), Map.entry("basslines", TrackRole.BASS),
            Map.entry("bass", TrackRole.BASS),
            Map.entry("countermelody", TrackRole.COUNTERMELODY),
            Map.entry("countermelodies", TrackRole.COUNTERMELODY));
    private static final Set<String> LINKS_AFTER = Set.of("playing", "plays", "play", "takes", "taking", "carries",
            "carrying", "on", "doing", "handles", "handling", "for");
    private static final Set<String> LINKS_BEFORE = Set.of("on", "by", "from", "for", "in");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "its");
    // "solo piano" is not here: it means the piano plays alone, not that it plays the tune.
    private static final Map<String, TrackRole> ADJECTIVES = Map.of("lead", TrackRole.MELODY,
            "rhythm", TrackRole.HARMONY);

    private RoleReader() {
    }

    /** A role word right after the instrument or after "playing the", with the index just past it. */
    record Found(TrackRole role, int end) {
    }

    /** The role named after the phrase ending before token {@code end}, or null. */
    static Found after(Tokens tokens, int end) {
        int i = end;
        if (i < tokens.size() && tokens.joined(i) && LINKS_AFTER.contains(tokens.word(i))) {
            i++;
            while (i < tokens.size() && tokens.joined(i) && ARTICLES.contains(tokens.word(i))) {
                i++;
            }
        } else if (i < tokens.size() && !tokens.joined(i)) {
            return null;
        }
        return noun(tokens, i);
    }

    /** The role named before the phrase starting at token {@code first} ("melody on", "lead"), or null. */
    static TrackRole before(Tokens tokens, int first) {
        if (first == 0 || !tokens.joined(first)) {
            return null;
        }
        int i = first - 1;
        TrackRole adjective = ADJECTIVES.get(tokens.word(i));
        if (adjective != null && !tokens.is(i - 1, "no")) {
            return adjective;
        }
        while (i > 0 && ARTICLES.contains(tokens.word(i)) && tokens.joined(i)) {
            i--;
        }
        if (!LINKS_BEFORE.contains(tokens.word(i)) || i == 0 || !tokens.joined(i)) {
            return null;
        }
        i--;
        if ((tokens.is(i, "played") || tokens.is(i, "performed") || tokens.is(i, "taken")) && i > 0
                && tokens.joined(i)) {
            i--;
        }
        String noun = tokens.word(i);
        if (noun.equals("line") || noun.equals("part")) {
            return tokens.is(i - 1, "bass") ? TrackRole.BASS : null;
        }
        if (noun.equals("melody") && tokens.is(i - 1, "counter")) {
            return TrackRole.COUNTERMELODY;
        }
        return NOUNS.get(noun);
    }

    /**
     * Where the instrument must start for a role word ending before {@code end} to be that instrument's part,
     * as in "bass played by a cello"; -1 when no linking words follow.
     */
    static int linkedStart(Tokens tokens, int end) {
        int i = end;
        if (i < tokens.size() && tokens.joined(i) && (tokens.is(i, "played") || tokens.is(i, "performed"))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.joined(i) || !LINKS_BEFORE.contains(tokens.word(i))) {
            return -1;
        }
        i++;
        while (i < tokens.size() && tokens.joined(i) && ARTICLES.contains(tokens.word(i))) {
            i++;
        }
        return i < tokens.size() && tokens.joined(i) ? i : -1;
    }

    private static Found noun(Tokens tokens, int i) {
        if (i >= tokens.size() || (i > 0 && !tokens.joined(i))) {
            return null;
        }
        String w = tokens.word(i);
        if (w.equals("bass") && (tokens.is(i + 1, "line") || tokens.is(i + 1, "lines") || tokens.is(i + 1, "part"))) {
            return new Found(TrackRole.BASS, i + 2);
        }
        if (w.equals("counter") && (tokens.is(i + 1, "melody") || tokens.is(i + 1, "melodies"))) {
            return new Found(TrackRole.COUNTERMELODY, i + 2);
        }
        TrackRole role = NOUNS.get(w);
        return role == null ? null : new Found(role, i + 1);
    }
}
