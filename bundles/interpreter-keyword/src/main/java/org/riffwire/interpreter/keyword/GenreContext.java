// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an everyday word that can name a genre does so where it stands. "House", "rock", "country",
 * "march" and the like are mostly not about music ("an empty house", "the rock of ages", "a country road"), and a
 * genre read from them would bring drums, a tempo and a line-up nobody asked for. Such a word names its genre
 * only in a musical context:
 * <ul>
 * <li>followed by a word only music takes ("a rock song", "house music", "in a swing style"), an instrument
 * ("country fiddle") or drums ("trap hi-hats");</li>
 * <li>preceded by a modifier that only the genre takes ("deep house", "death metal");</li>
 * <li>next to another genre word ("jazz and rock", "folk rock song");</li>
 * <li>for "march", as the piece itself: "a march", "a military march", "march for brass";</li>
 * <li>or when it is the whole prompt ("dance", "some jungle").</li>
 * </ul>
 * Words that mean nothing but music ("reggae", "waltz", "bossa nova") need none of this.
 */
final class GenreContext {
    private static final Set<String> MUSIC_NOUNS = Set.of("music", "song", "track", "tune", "beat", "piece", "band",
            "groove", "anthem", "ballad", "number", "style", "feel", "rhythm", "riff", "jam", "mix", "set", "record",
            "album", "vibe", "sound", "loop", "instrumental", "banger", "remix", "medley", "melody", "composition",
            "arrangement", "playlist", "radio", "session", "singer", "artist", "gig", "concert", "festival",
            "classic", "star", "opera", "ep", "lp", "mixtape", "chord", "progression", "bassline", "lick", "solo",
            "genre", "scene", "inspired", "influenced", "flavored", "flavoured", "infused", "tinged", "styled",
            "ish", "esque");
    private static final Set<String> DRUM_NOUNS = Set.of("drums", "drum", "percussion", "kit", "hi", "hihat",
            "hihats", "snare", "snares", "kick", "kicks", "808", "808s", "breakbeat", "breakbeats", "backbeat",
            "drummer");
    // Joins two genre words into one request: "jazz and rock", "rock or pop", "rock 'n' pop".
    private static final Set<String> JOINERS = Set.of("and", "or", "n");
    // A prompt of nothing but these and genre words asks for the genre: "dance", "some house".
    private static final Set<String> FILLERS = Set.of("a", "an", "some");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    // Between "a" and "march" these say the march is a month or a walk: "a day in march", "a long march through".
    private static final Set<String> NOT_A_PIECE_BEFORE = Set.of("of", "in", "on", "at", "to", "from", "since",
            "until", "by", "through", "during", "last", "next", "this", "early", "late", "mid", "the");
    private static final Set<String> NOT_A_PIECE_AFTER = Set.of("of", "through", "across", "to", "into", "along",
            "down", "up", "past", "toward", "towards", "around", "over", "on", "from", "forward", "forwards",
            "onward", "onwards", "ahead", "away", "off", "against", "upon", "out", "st", "nd", "rd", "th");
    private static final Set<String> ENSEMBLES = Set.of("band", "bands", "orchestra", "orchestras", "ensemble",
            "ensembles", "choir", "quartet", "trio", "quintet", "octet", "winds", "group");
    private static final Set<String> BEFORE_ENSEMBLE = Set.of("a", "an", "the", "full", "small", "large", "big",
            "military", "marching", "wind", "symphonic", "concert", "school", "solo");
    private static final String CLAUSE_END = ",.;:!?\n\r";
    // Confirmed words confirm their neighbours ("rock and pop songs"); a few rounds settle any real prompt.
    private static final int ROUNDS = 3;

    private GenreContext() {
    }

    /** The genre phrases that name their genre here, in order. */
    static List<Phrase<GenreTable.Word>> confirmed(Tokens tokens, List<Phrase<GenreTable.Word>> hits,
            List<? extends Phrase<?>> instruments) {
        if (hits.stream().allMatch(p -> p.value().context() == null)) {
            return hits;
        }
        boolean whole = isWholePrompt(tokens, hits);
        boolean[] ok = new boolean[hits.size()];
        for (int h = 0; h < hits.size(); h++) {
            Phrase<GenreTable.Word> p = hits.get(h);
            ok[h] = p.value().context() == null || whole && !nounOfGenre(tokens, hits, h)
                    || inContext(tokens, p, instruments);
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (int h = 0; h < hits.size(); h++) {
                if (!ok[h] && nextToConfirmed(tokens, hits, ok, h)) {
                    ok[h] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Phrase<GenreTable.Word>> kept = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            if (ok[h]) {
                kept.add(hits.get(h));
            }
        }
        return kept;
    }

    private static boolean inContext(Tokens tokens, Phrase<GenreTable.Word> p, List<? extends Phrase<?>> instruments) {
        GenreTable.Context c = p.value().context();
        int first = p.first();
        int end = p.end();
        if (c.headNoun() && isDate(tokens, end)) {
            return false;
        }
        if (end < tokens.size() && tokens.joined(end)) {
            String next = tokens.word(end);
            if (isMusicNoun(next) || DRUM_NOUNS.contains(next) || startsAt(instruments, end)) {
                return true;
            }
        }
        if (first > 0 && tokens.joined(first) && c.modifiers().contains(tokens.word(first - 1))) {
            return true;
        }
        return c.headNoun() && isPiece(tokens, first, end, instruments);
    }

    /** A genre word right before or after this one, or joined to it by "and" / "or", that names its genre. */
    private static boolean nextToConfirmed(Tokens tokens, List<Phrase<GenreTable.Word>> hits, boolean[] ok, int h) {
        Phrase<GenreTable.Word> p = hits.get(h);
        for (int o = 0; o < hits.size(); o++) {
            if (o == h || !ok[o]) {
                continue;
            }
            Phrase<GenreTable.Word> q = hits.get(o);
            boolean after = q.first() == p.end() && tokens.joined(q.first())
                    || q.first() == p.end() + 1 && joinedBy(tokens, p.end());
            boolean before = q.end() == p.first() && tokens.joined(p.first())
                    || q.end() + 1 == p.first() && joinedBy(tokens, q.end());
            if (after || before && p.value().context().afterGenre()) {
                return true;
            }
        }
        return false;
    }

    /** "a folk dance": a word that a genre word before it turns into that genre's noun. */
    private static boolean nounOfGenre(Tokens tokens, List<Phrase<GenreTable.Word>> hits, int h) {
        Phrase<GenreTable.Word> p = hits.get(h);
        return !p.value().context().afterGenre() && h > 0 && hits.get(h - 1).end() == p.first()
                && tokens.joined(p.first());
    }

    private static boolean joinedBy(Tokens tokens, int joiner) {
        return joiner + 1 < tokens.size() && JOINERS.contains(tokens.word(joiner)) && tokens.joined(joiner)
                && tokens.joined(joiner + 1);
    }

    /** "a march", "a 4/4 military march", "march for brass band"; not "the march of time" or "a march through". */
    private static boolean isPiece(Tokens tokens, int first, int end, List<? extends Phrase<?>> instruments) {
        if (end < tokens.size() && tokens.joined(end)) {
            String next = tokens.word(end);
            if (next.equals("for") && ensembleFollows(tokens, end + 1, instruments)) {
                return true;
            }
            if (NOT_A_PIECE_AFTER.contains(next)) {
                return false;
            }
        }
        for (int i = first - 1, steps = 0; i >= 0 && steps < 3; i--, steps++) {
            if (endsClause(tokens, i + 1)) {
                return false;
            }
            String w = tokens.word(i);
            if (ARTICLES.contains(w)) {
                return true;
            }
            if (NOT_A_PIECE_BEFORE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean ensembleFollows(Tokens tokens, int from, List<? extends Phrase<?>> instruments) {
        for (int i = from, steps = 0; i < tokens.size() && steps < 4 && tokens.joined(i); i++, steps++) {
            if (startsAt(instruments, i) || ENSEMBLES.contains(tokens.word(i))) {
                return true;
            }
            if (!BEFORE_ENSEMBLE.contains(tokens.word(i))) {
                return false;
            }
        }
        return false;
    }

    /** "March 3rd", "march 2024": a month. */
    private static boolean isDate(Tokens tokens, int next) {
        return next < tokens.size() && tokens.joined(next) && Character.isDigit(tokens.word(next).charAt(0));
    }

    /** Whether punctuation that ends a clause, or blanked code, stands between token {@code i} and the one before. */
    private static boolean endsClause(Tokens tokens, int i) {
        if (tokens.joined(i)) {
            return false;
        }
        for (char ch : tokens.gap(i).toCharArray()) {
            if (CLAUSE_END.indexOf(ch) >= 0 || ch == PromptText.BLANK) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWholePrompt(Tokens tokens, List<Phrase<GenreTable.Word>> hits) {
        int i = 0;
        int h = 0;
        while (i < tokens.size()) {
            while (h < hits.size() && hits.get(h).end() <= i) {
                h++;
            }
            if (h < hits.size() && hits.get(h).first() <= i) {
                i = hits.get(h).end();
            } else if (FILLERS.contains(tokens.word(i))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isMusicNoun(String word) {
        return MUSIC_NOUNS.contains(word) || word.endsWith("s") && MUSIC_NOUNS.contains(word.substring(0,
                word.length() - 1));
    }

    private static boolean startsAt(List<? extends Phrase<?>> phrases, int i) {
        for (Phrase<?> p : phrases) {
            if (p.first() == i) {
                return true;
            }
        }
        return false;
    }
}
