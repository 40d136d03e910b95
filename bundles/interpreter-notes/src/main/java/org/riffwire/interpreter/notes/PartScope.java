// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which part a limit on the notes is meant for. The clause before the phrase is read back from the phrase:
 * <ul>
 * <li>The bass or the chords named as the phrase's subject ("the bass uses only E and B", "bass line limited to",
 * "the chords only use") scope it to that part. A subject is the part named at most four words before the phrase,
 * with no comma or "and" between: in "for piano, bass and drums, using only C D E" the bass is one of a list.</li>
 * <li>Otherwise the melody: the clause names it ("melody", "melodic line", "lead", "top line"), and either names it
 * as a definite part ("the melody", "the flute melody", "its melody") or the prompt names another pitched part
 * somewhere (chords, harmony, bass, accompaniment, backing, pads, arpeggios, a countermelody). "a flute melody that
 * only uses A, B, C#" with nothing else mentioned is the whole piece, so it limits every part.</li>
 * <li>Anything else limits every part.</li>
 * </ul>
 */
final class PartScope {
    /** The part a limit is for. CHORDS stands for any accompanying harmony part, which has no field of its own. */
    enum Part {
        ALL, MELODY, BASS, CHORDS
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[.;!?\\n]|\\b(?:while|whereas|but)\\b");
    private static final Pattern MELODY = Pattern.compile(
            "(?i)\\b(?:(the|its|their|your)\\s+(?:[\\p{L}-]+\\s+){0,2})?(melod(?:y|ies)|melodic\\s+line|lead(?:\\s+line)?|top\\s+line)\\b");
    private static final Pattern OTHER_PART = Pattern.compile("(?i)\\b(?:chords?|chord\\s+progression|harmon(?:y|ies)"
            + "|bass(?:\\s*line)?|accompaniment|backing|pads?|arpeggios?|counter-?\\s?melod(?:y|ies)|comping)\\b");
    /**
     * A bass or harmony part named as a part. "drum and bass" is a genre, and "bass drum", "bass-heavy" or "bass
     * boost" name no bass part, so they are matched here only to be passed over.
     */
    private static final Pattern SUBJECT_PART = Pattern.compile("(?i)\\b(?:(drum\\s*(?:and|&|'?n'?)\\s*bass"
            + "|bass[\\s-]*(?:drums?|heavy|boost|kicks?|clef|music|house)|backing\\s+tracks?)"
            + "|(bass(?:\\s*lines?|\\s+parts?|\\s+guitars?)?)"
            + "|(chords?(?:\\s+progressions?)?|harmon(?:y|ies)|accompaniment|pads?|arpeggios?|comping"
            + "|counter-?\\s?melod(?:y|ies)))\\b");
    /** What may stand between a subject and its phrase: "the bass line should", "chords that". */
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?i)[ \\t]*(?:(?!and\\b|&|plus\\b|with\\b)[\\p{L}'-]+[ \\t]+){0,4}");
    private static final int LOOK_BACK = 80;

    private final String text;
    private Boolean otherPartNamed;

    PartScope(String text) {
        this.text = text;
    }

    /** The part the phrase starting at {@code phraseStart} limits. */
    Part of(int phraseStart) {
        int from = Math.max(0, phraseStart - LOOK_BACK);
        String before = text.substring(from, phraseStart);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        Part subject = subject(before, clauseStart);
        if (subject != null) {
            return subject;
        }
        return isMelodyOnly(before, clauseStart) ? Part.MELODY : Part.ALL;
    }

    /** BASS or CHORDS when the last part the clause names before the phrase is its subject, else null. */
    private static Part subject(String before, int clauseStart) {
        Matcher m = SUBJECT_PART.matcher(before).region(clauseStart, before.length());
        Part last = null;
        int lastEnd = -1;
        while (m.find()) {
            if (m.group(1) == null) {
                last = m.group(2) != null ? Part.BASS : Part.CHORDS;
                lastEnd = m.end();
            }
        }
        if (last == null) {
            return null;
        }
        // A melody named after the bass ("a bass riff under the melody that only uses ...") is the nearer part.
        Matcher melody = MELODY.matcher(before).region(lastEnd, before.length());
        if (melody.find()) {
            return null;
        }
        return SUBJECT_GAP.matcher(before).region(lastEnd, before.length()).matches() ? last : null;
    }

    private boolean isMelodyOnly(String before, int clauseStart) {
        Matcher melody = MELODY.matcher(before).region(clauseStart, before.length());
        boolean named = false;
        boolean definite = false;
        while (melody.find()) {
            named = true;
            definite = melody.group(1) != null;
        }
        if (!named) {
            return false;
        }
        return definite || otherPartNamed();
    }

    // Asked once per prompt however many limits it holds.
    private boolean otherPartNamed() {
        if (otherPartNamed == null) {
            otherPartNamed = OTHER_PART.matcher(text).find();
        }
        return otherPartNamed;
    }
}
