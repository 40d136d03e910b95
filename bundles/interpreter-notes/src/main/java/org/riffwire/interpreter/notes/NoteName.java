// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of a note name in prose, shared by every reader so that they agree on what a note is: a letter
 * A-G in either case, an optional accidental ("#", "##", "b", "bb", "♯", "♭", "𝄪", "𝄫", "sharp", "flat", "double
 * sharp", "double flat", "natural", the words after a space or hyphen: "B flat", "E-flat"), and, where the reader
 * allows one, an octave digit (scientific pitch, C4 = 60). A note must stand as a word of its own, so "be", "bad"
 * and "deaf" are no notes.
 */
final class NoteName {
    /**
     * An accidental, as a regex without capturing groups. A letter "b" is a flat only when no letter follows
     * ("Bb", "Bb4", not "be"). "bb" is a double flat only after a capital, because "ebb" is a word.
     */
    static final String ACCIDENTAL = "##|#|♯♯|♯|𝄪|♭♭|♭|𝄫|♮|(?<=[A-G])bb(?!\\p{L})|b(?!\\p{L})"
            + "|[ \\t]*-?[ \\t]*(?i:double[ \\t]*-?[ \\t]*(?:sharp|flat)|sharp|flat|natural)(?![\\p{L}\\d])";
    /**
     * A note name without octave, as a regex without capturing groups: "C", "f#", "B flat". It keeps its own case
     * rules inside a case-insensitive pattern, where "B" must not pass for a flat.
     */
    static final String NAME = "(?-i:[A-Ga-g](?:" + ACCIDENTAL + ")?)";
    /** A note name with an optional octave digit, standing as a word: what "only" may be followed by. */
    static final String WORD = "(?<![\\p{L}\\d])" + NAME + "\\d?(?![\\p{L}\\d])";
    /**
     * The tonic of an ABC K: field: a capital and "#" or "b" only. ABC spells keys more strictly than prose, so
     * this is the subset of {@link #NAME} the ABC parser reads.
     */
    static final String ABC_TONIC = "[A-G][#b]?";

    private static final Pattern TOKEN = Pattern.compile("([A-Ga-g])(" + ACCIDENTAL + ")?(?:(\\d)(?![\\p{L}\\d]))?");
    private static final int[] NATURALS = {9, 11, 0, 2, 4, 5, 7}; // A..G

    private NoteName() {
    }

    /** Reads one note name, with an octave digit if written, at {@code at} when it stands there as a word. */
    static Optional<NoteToken> read(String text, int at) {
        if (at >= text.length() || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(text).region(at, text.length());
        // Transparent bounds let the lookbehind of "bb" see the letter and the lookaheads see past the region.
        m.useTransparentBounds(true);
        if (!m.lookingAt() || m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()))) {
            return Optional.empty();
        }
        char letter = m.group(1).charAt(0);
        int natural = NATURALS[Character.toUpperCase(letter) - 'A'];
        int alteration = alteration(m.group(2));
        int pitchClass = Math.floorMod(natural + alteration, 12);
        int midi = -1;
        if (m.group(3) != null) {
            // B#3 is C4 and Cb4 is B3: the octave belongs to the letter, so alterations may cross it.
            midi = (m.group(3).charAt(0) - '0' + 1) * 12 + natural + alteration;
            if (midi < 0 || midi > 127) {
                return Optional.empty();
            }
        }
        return Optional.of(new NoteToken(at, m.end(), pitchClass, midi, mayBeArticle(m.group())));
    }

    /**
     * True for a lowercase "a" alone or before a word ("a flat", "a natural"), which may as well be the article:
     * "a natural minor scale", "limited to a flat sound". "a#", "ab" and "a4" are notes.
     */
    static boolean mayBeArticle(String name) {
        return name.startsWith("a") && (name.length() == 1 || Character.isWhitespace(name.charAt(1)));
    }

    /** The pitch class of a whole note name matched by {@link #NAME} ("A", "f#", "E-flat"), if it is one. */
    static Optional<Integer> pitchClass(String name) {
        Optional<NoteToken> token = read(name, 0);
        return token.filter(t -> t.end() == name.length() && !t.hasOctave()).map(NoteToken::pitchClass);
    }

    /** Semitones an accidental adds: counts the signs, or reads the words. */
    private static int alteration(String accidental) {
        if (accidental == null) {
            return 0;
        }
        String a = accidental.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
        return switch (a) {
            case "#", "♯", "sharp" -> 1;
            case "##", "♯♯", "𝄪", "doublesharp" -> 2;
            case "b", "♭", "flat" -> -1;
            case "bb", "♭♭", "𝄫", "doubleflat" -> -2;
            default -> 0; // "♮", "natural"
        };
    }
}
