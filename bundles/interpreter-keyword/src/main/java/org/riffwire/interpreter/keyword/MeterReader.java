// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.music.Meter;
import org.riffwire.api.spec.SpecField;

/**
 * Reads stated time signatures: "in 5/4", "7/8 time", "common time", "cut time", "three-four time". Genre words
 * ("waltz", "jig") imply a meter too, but those are the genre table's to infer.
 */
final class MeterReader {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    // The API's limit for a bar; "64/4" is more likely a score than a meter.
    private static final int MOST_BEATS = 32;
    private static final String AFTER = "(?:\\s+(?:time(?:\\s+signature)?|meter|metre))?";
    private static final Pattern FRACTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.:])(?:in\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\p{N}/]|\\.\\d)" + AFTER, CI);
    // "3/4 of the way", "1/4 notes", "1/2 speed" are fractions, not meters.
    private static final Pattern NOT_A_METER = Pattern.compile("\\s*(?:of|notes?|speed|tempo|ratio|split|"
            + "step|steps|way)(?![\\p{L}])", CI);
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])(?:in\\s+)?(common\\s+time|cut\\s+time"
            + "|alla\\s+breve|(?:waltz|triple|duple|quadruple)\\s+(?:time|meter|metre))(?![\\p{L}])", CI);
    private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}])(?:in\\s+)?(two|three|four|five|six|seven"
            + "|nine|twelve)[\\s-]+(two|four|eight)\\s+(?:time|meter|metre)(?![\\p{L}])", CI);

    void read(PromptText text, Findings found) throws InvalidPromptException {
        if (text.mentions("/")) {
            readFractions(text, found);
        }
        if (!text.mentions("time", "breve", "meter", "metre")) {
            return;
        }
        for (MatchResult m : text.find(NAMED)) {
            found.explicit(SpecField.METER, named(m.group(1)), text.words(m));
            text.use(m.start(), m.end());
        }
        for (MatchResult m : text.find(WORDS)) {
            int top = (int) NumberWords.parse(m.group(1)).orElse(4);
            int bottom = (int) NumberWords.parse(m.group(2)).orElse(4);
            found.explicit(SpecField.METER, new Meter(top, bottom), text.words(m));
            text.use(m.start(), m.end());
        }
    }

    private static void readFractions(PromptText text, Findings found) throws InvalidPromptException {
        for (MatchResult m : text.find(FRACTION)) {
            int top = Integer.parseInt(m.group(1));
            int bottom = Integer.parseInt(m.group(2));
            boolean valid = top >= 2 && top <= MOST_BEATS && isBeatUnit(bottom);
            if (!valid && saysMeter(m.group())) {
                // "in 13/0", "0/4 time": worded as a time signature, so not a fraction to pass over but a mistake.
                throw new InvalidPromptException("'" + m.group().trim() + "' is not a time signature: the upper number "
                        + "counts 2–" + MOST_BEATS + " beats, the lower names the beat (2, 4, 8 or 16)");
            }
            if (!valid || NOT_A_METER.matcher(text.after(m.end(), 12)).lookingAt()) {
                continue;
            }
            found.explicit(SpecField.METER, new Meter(top, bottom), text.words(m));
            text.use(m.start(), m.end());
        }
    }

    /** "in 7/9" or "7/9 time": a fraction worded as a meter, not "24/7" or "50/50". */
    private static boolean saysMeter(String matched) {
        String m = matched.trim().toLowerCase(Locale.ROOT);
        return m.startsWith("in") || m.endsWith("time") || m.endsWith("signature") || m.endsWith("meter")
                || m.endsWith("metre");
    }

    private static boolean isBeatUnit(int denominator) {
        return denominator == 2 || denominator == 4 || denominator == 8 || denominator == 16;
    }

    private static Meter named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("cut") || n.startsWith("alla")) {
            return new Meter(2, 2);
        }
        if (n.startsWith("waltz") || n.startsWith("triple")) {
            return new Meter(3, 4);
        }
        if (n.startsWith("duple")) {
            return new Meter(2, 4);
        }
        return Meter.COMMON;
    }
}
