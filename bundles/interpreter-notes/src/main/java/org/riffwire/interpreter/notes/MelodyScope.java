// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a limit on the notes is meant for the melody alone. The rule: the clause before the phrase names
 * the melody ("melody", "melodic line", "lead", "top line"), and either names it as a definite part ("the
 * melody", "the flute melody", "its melody") or the prompt names another pitched part somewhere (chords, harmony,
 * bass, accompaniment, backing, pads, arpeggios, a countermelody). "a flute melody that only uses A, B, C#" with
 * nothing else mentioned is the whole piece, so it limits every part.
 */
final class MelodyScope {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[.;!?\\n]|\\b(?:while|whereas|but)\\b");
    private static final Pattern MELODY = Pattern.compile(
            "(?i)\\b(?:(the|its|their|your)\\s+(?:[\\p{L}-]+\\s+){0,2})?(melod(?:y|ies)|melodic\\s+line|lead(?:\\s+line)?|top\\s+line)\\b");
    private static final Pattern OTHER_PART = Pattern.compile("(?i)\\b(?:chords?|chord\\s+progression|harmon(?:y|ies)"
            + "|bass(?:\\s*line)?|accompaniment|backing|pads?|arpeggios?|counter-?\\s?melod(?:y|ies)|comping)\\b");
    private static final int LOOK_BACK = 80;

    private final String text;
    private Boolean otherPartNamed;

    MelodyScope(String text) {
        this.text = text;
    }

    /** True when the phrase starting at {@code phraseStart} limits the melody only. */
    boolean isMelodyOnly(int phraseStart) {
        int from = Math.max(0, phraseStart - LOOK_BACK);
        String before = text.substring(from, phraseStart);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
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
