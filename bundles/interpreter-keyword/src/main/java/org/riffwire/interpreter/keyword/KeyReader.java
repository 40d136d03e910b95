// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.riffwire.api.music.Mode;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.spec.SpecField;

/**
 * Reads a stated key ("in E minor", "in Bb major", "in F#m", "key of D", "D mixolydian") or mode ("minor key",
 * "in a minor key", "dorian").
 *
 * <p>A bare letter is a key only after "in" / "key of" or before a mode name: prompts often list notes
 * ("only uses A, B, C#"), and those letters belong to the pitch-set reader. Lower-case "a" is also the English
 * article, so "in a minor key" asks for a mode while "in a minor" asks for A minor.
 */
final class KeyReader {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String LETTER = "([A-Ga-g])";
    // Flat "b" and minor "m" are case-sensitive: "CM" is C major in chord symbols, and "EB" is no note.
    private static final String ACCIDENTAL = "(#|♯|♭|(?-i:b(?=m(?![\\p{L}])|(?![\\p{L}])))|[\\s-]*sharp(?![\\p{L}])"
            + "|[\\s-]*flat(?![\\p{L}]))?";
    private static final String MODE_NAMES = "major|minor|ionian|dorian|phrygian|lydian|mixolydian|aeolian|locrian";
    private static final String MODE_WORD = "[\\s-]*(?:(?:harmonic|natural|melodic)\\s+)?(" + MODE_NAMES
            + "|maj|min)(?![\\p{L}])";
    private static final String KEY_END = "(?![\\p{L}\\p{N}#♯♭]|-[\\p{L}])";

    private static final Pattern AFTER_IN = Pattern.compile("(?<![\\p{L}])(?:(?:in\\s+)?(?:the\\s+)?key\\s+of\\s+"
            + "|key\\s*[:=]\\s*|in\\s+)" + LETTER + ACCIDENTAL + "(?:" + MODE_WORD + "|((?-i:m))(?![\\p{L}]))?"
            + KEY_END, CI);
    private static final Pattern BEFORE_MODE = Pattern.compile("(?<![\\p{L}\\p{N}#'’])" + LETTER + ACCIDENTAL
            + "[\\s-]*(?:(?:harmonic|natural|melodic)\\s+)?(" + MODE_NAMES + ")(?![\\p{L}])" + KEY_END, CI);
    private static final Pattern MODE_NOUN = Pattern.compile("(?<![\\p{L}])(" + MODE_NAMES
            + ")[\\s-]+(?:key|tonality|scale|mode)(?![\\p{L}])", CI);
    private static final Pattern IN_MODE = Pattern.compile("(?<![\\p{L}])in\\s+(?:the\\s+)?(" + MODE_NAMES
            + ")(?:\\s+mode)?(?![\\p{L}])", CI);
    // These names mean nothing else in English, so they count even alone.
    private static final Pattern CHURCH_MODE = Pattern.compile("(?<![\\p{L}])(ionian|dorian|phrygian|lydian"
            + "|mixolydian|aeolian|locrian)(?![\\p{L}])", CI);

    // After "a minor", these words show the "a" was an article: "in a minor key", "in a major way".
    private static final Pattern ARTICLE_NOUN = Pattern.compile("[\\s-]*(key|mood|way|style|feel|fashion|vein"
            + "|flavou?r|spirit|manner|sort|kind|register|setting|vibe|tone|tonality|scale|mode|sense|context"
            + "|character|colou?r|sound)(?![\\p{L}])", CI);
    // A letter followed by another note name is one item of a list or progression, not a key.
    private static final Pattern NEXT_NOTE = Pattern.compile("\\s*(?:,|;|->|→|–|—|-|/|\\||\\band\\b|\\bor\\b"
            + "|\\bthen\\b|\\bto\\b)?\\s*[A-G](?:#|♯|♭|b)?(?:m|maj|min|\\d)?(?![\\p{L}])");
    private static final Pattern PREVIOUS_NOTE = Pattern.compile("[A-G](?:#|♯|♭|b)?(?:m|maj7?|min|7|\\s*(?:major"
            + "|minor))?\\s*(?:,|;|->|→|–|—|-|/|\\||\\band|\\bor|\\bthen|\\bto)\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\\n]\\s*$");
    private static final Pattern CHORD = Pattern.compile("[\\s-]+(?:chords?|triads?|arpeggios?|7ths?|sevenths?"
            + "|progressions?|add9|sus[24]?)(?![\\p{L}])", CI);

    // "A minor pentatonic", "the C major scale", "D dorian mode", "pentatonic in A minor" name a scale: the note
    // interpreter reads those as a pitch set with its tonic, and a key read here as well would only echo it.
    private static final Pattern SCALE_AFTER = Pattern.compile("[\\s-]+(?:pentatonic|blues|scales?|modes?)(?![\\p{L}])",
            CI);
    private static final Pattern SCALE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:pentatonic|scales?|modes?)\\s+$", CI);

    void read(PromptText text, Findings found) {
        for (MatchResult m : text.find(AFTER_IN)) {
            readAfterIn(text, found, m);
        }
        if (!text.mentions("maj", "min", "ian")) {
            return;
        }
        for (MatchResult m : text.find(BEFORE_MODE)) {
            readBeforeMode(text, found, m);
        }
        for (Pattern p : new Pattern[] {MODE_NOUN, IN_MODE, CHURCH_MODE}) {
            for (MatchResult m : text.find(p)) {
                found.explicit(SpecField.MODE, mode(m.group(1)), text.words(m));
                text.use(m.start(), m.end());
            }
        }
    }

    private void readAfterIn(PromptText text, Findings found, MatchResult m) {
        String letter = m.group(1);
        String modeWord = m.group(3) != null ? m.group(3) : m.group(4);
        if (letter.equals("a") && m.group(2) == null) {
            if (modeWord == null) {
                return;
            }
            MatchResult noun = articleNoun(text, m.end());
            if (noun != null) {
                modeOnly(text, found, m, modeWord, m.end() + noun.end());
                return;
            }
        }
        if (modeWord == null && NEXT_NOTE.matcher(text.after(m.end(), 16)).lookingAt()) {
            return;
        }
        if (namesScale(text, m) || SCALE_BEFORE.matcher(text.before(m.start(), 16)).find()) {
            text.use(m.start(), m.end());
            return;
        }
        key(text, found, m, letter, m.group(2), modeWord == null ? Mode.MAJOR : mode(modeWord));
    }

    private void readBeforeMode(PromptText text, Findings found, MatchResult m) {
        String letter = m.group(1);
        // "A" opening a sentence may be the article too ("A minor-key ballad"); elsewhere it is a note.
        boolean mayBeArticle = letter.equals("a")
                || letter.equals("A") && opensSentence(text, m.start());
        if (mayBeArticle && m.group(2) == null) {
            MatchResult noun = articleNoun(text, m.end());
            if (noun != null) {
                modeOnly(text, found, m, m.group(3), m.end() + noun.end());
            }
            if (noun != null || letter.equals("a")) {
                return;
            }
        }
        if (CHORD.matcher(text.after(m.end(), 16)).lookingAt()
                || NEXT_NOTE.matcher(text.after(m.end(), 16)).lookingAt()
                || PREVIOUS_NOTE.matcher(text.before(m.start(), 16)).find()) {
            return;
        }
        if (namesScale(text, m)) {
            text.use(m.start(), m.end());
            return;
        }
        key(text, found, m, letter, m.group(2), mode(m.group(3)));
    }

    private static boolean namesScale(PromptText text, MatchResult m) {
        return SCALE_AFTER.matcher(text.after(m.end(), 16)).lookingAt();
    }

    private static boolean opensSentence(PromptText text, int index) {
        String before = text.before(index, 8);
        return before.isBlank() && index <= 8 || SENTENCE_END.matcher(before).find();
    }

    private static MatchResult articleNoun(PromptText text, int from) {
        var matcher = ARTICLE_NOUN.matcher(text.after(from, 20));
        return matcher.lookingAt() ? matcher.toMatchResult() : null;
    }

    private static void modeOnly(PromptText text, Findings found, MatchResult m, String modeWord, int end) {
        found.explicit(SpecField.MODE, mode(modeWord), text.words(m.start(), end));
        text.use(m.start(), end);
    }

    private static void key(PromptText text, Findings found, MatchResult m, String letter, String accidental,
            Mode mode) {
        Optional<Integer> tonic = PitchClass.parse(letter + (accidental == null ? "" : accidental));
        if (tonic.isEmpty()) {
            return;
        }
        String words = text.words(m);
        found.explicit(SpecField.TONIC, tonic.get(), words);
        found.explicit(SpecField.MODE, mode, words);
        text.use(m.start(), m.end());
    }

    static Mode mode(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "major", "maj", "ionian" -> Mode.MAJOR;
            case "minor", "min", "m", "aeolian" -> Mode.MINOR;
            default -> Mode.valueOf(word.toUpperCase(Locale.ROOT));
        };
    }
}
