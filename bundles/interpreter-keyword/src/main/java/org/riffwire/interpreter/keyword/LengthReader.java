// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.SpecField;

/**
 * Reads how long the piece should be: "20 seconds", "a 30-second clip", "1:30", "a minute and a half",
 * "two minutes", "16 bars", "sixteen measures".
 */
final class LengthReader {
    static final double LONGEST_SECONDS = 600;
    // Shorter than this is a blip, not a piece: no bar of music at any playable tempo fits.
    static final double SHORTEST_SECONDS = 2;
    // No meter at a tempo of 20–400 bpm fits more bars than this in ten minutes at a sane bar length.
    static final int MOST_BARS = 1000;

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String START = "(?<![\\p{L}\\p{N}.])";
    private static final String END = "(?![\\p{L}])";
    private static final String NUM = "(" + NumberWords.PATTERN + ")";
    private static final String COUNT = "(an|a|" + NumberWords.PATTERN + ")";
    private static final String MINUTES = "\\s*-?\\s*(?:minutes?|mins?)" + END;
    private static final String SECONDS = "\\s*-?\\s*(?:seconds?|secs?)" + END;

    // Every phrase below holds one of these unit words; the long patterns run only near them.
    private static final Pattern MINUTE_UNIT = Pattern.compile("(?<!\\p{L})(?:min|hour|hr)", CI);
    private static final Pattern SECOND_UNIT = Pattern.compile("(?<!\\p{L})sec", CI);
    private static final Pattern BAR_UNIT = Pattern.compile("(?<!\\p{L})(?:bar|measure)", CI);
    // "twenty-seven and a half minutes" is the longest lead-in, "minutes and thirty-five seconds" the longest tail.
    private static final int BEFORE_UNIT = 48;
    private static final int AFTER_UNIT = 40;

    private static final Pattern CLOCK = Pattern.compile("(?<![\\p{N}:.])(\\d{1,2}):([0-5]\\d)(?![\\p{N}:])"
            + "(?!\\s*(?:am|pm|a\\.m|p\\.m|o'?clock|h)(?![\\p{L}]))", CI);
    // "11:45 at night" is a time of day and "John 3:16" a verse; m:ss is a length only where words say so.
    private static final Pattern CLOCK_LEAD = Pattern.compile("(?:(?<![\\p{L}])(?:for|lasting|lasts?|length|duration"
            + "|runtime|running\\s+time|about|around|approximately|approx\\.?|roughly|exactly|under|max(?:imum)?"
            + "|up\\s+to|at\\s+most|a|an)\\s*[:=]?|[(\\[~])\\s*$", CI);
    private static final Pattern CLOCK_TAIL = Pattern.compile("\\s*(?:(?:long|in\\s+length|duration|total"
            + "|min(?:ute)?s?)(?![\\p{L}])|[)\\]])", CI);
    private static final Pattern MINUTE_AND_A_HALF = Pattern.compile(START + COUNT + MINUTES
            + "\\s+and\\s+a\\s+half" + END, CI);
    private static final Pattern AND_A_HALF_MINUTES = Pattern.compile(START + NUM + "\\s+and\\s+a\\s+half"
            + MINUTES, CI);
    private static final Pattern HALF_A_MINUTE = Pattern.compile(START + "half\\s+(?:a\\s+)?minute" + END, CI);
    private static final Pattern HOURS = Pattern.compile(START + COUNT + "\\s*-?\\s*(?:hours?|hrs?)" + END, CI);
    // "1 minute 30" needs no unit after the seconds when they are written with two digits or as a tens word.
    private static final String BARE_SECONDS = "\\s+((?:[0-5]\\d|(?:twenty|thirty|forty|fifty)(?:[\\s-]+(?:one|two"
            + "|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen)(?![\\p{L}\\p{N}.:/%])(?!\\s*-?\\s*(?:bars?|measures?|bpm|beats?|percent|times)"
            + "(?![\\p{L}])))";
    private static final Pattern MINUTES_AND_SECONDS = Pattern.compile(START + COUNT + MINUTES
            + "(?:\\s*,?\\s*(?:and\\s+)?" + NUM + "(?:" + SECONDS + "|\\s*s(?![\\p{L}\\p{N}]))|" + BARE_SECONDS + ")?",
            CI);
    private static final Pattern SECONDS_ONLY = Pattern.compile(START + NUM + SECONDS, CI);
    private static final Pattern SECONDS_SHORT = Pattern.compile("(?=\\d)" + START
            + "(\\d+(?:\\.\\d+)?)\\s+s(?![\\p{L}\\p{N}'’])", CI);
    // "90s" is a decade unless the prompt says "90s long" or "90s of".
    private static final Pattern SECONDS_GLUED = Pattern.compile("(?=\\d)" + START
            + "(\\d+(?:\\.\\d+)?)s(?=\\s+(?:long|of)" + END + ")", CI);
    private static final Pattern BARS = Pattern.compile(START + NUM + "\\s*-?\\s*(?:bars?|measures?)" + END, CI);

    // "a 12-bar blues" names a form, "4-bar phrases" a part: neither is the piece's length.
    private static final Pattern NOT_THE_WHOLE = Pattern.compile("\\s+(?:blues|phrases?|intros?|outros?|sections?"
            + "|patterns?|chunks?|breaks?|solos?|riffs?|motifs?|rests?|count[\\s-]?ins?|notes?|fills?|each|apart"
            + "|pauses?|gaps?|silences?|fades?|fade[\\s-]+(?:in|out)|delays?|reverb|tails?|swells?|pickups?|decay"
            + "|of\\s+(?:silence|rest|reverb|delay))" + END, CI);
    private static final Pattern PART_OF = Pattern.compile("(?:every|each|per|first|last|next|final|after|within)"
            + "\\s+$", CI);

    void read(PromptText text, Findings found) throws InvalidPromptException {
        if (text.mentions(":")) {
            for (MatchResult m : text.find(CLOCK)) {
                if (isDuration(text, m)) {
                    seconds(text, found, m, Integer.parseInt(m.group(1)) * 60.0 + Integer.parseInt(m.group(2)));
                }
            }
        }
        List<int[]> nearMinutes = text.around(MINUTE_UNIT, BEFORE_UNIT, AFTER_UNIT);
        if (!nearMinutes.isEmpty()) {
            readMinutes(text, found, nearMinutes);
        }
        List<int[]> nearSeconds = text.around(SECOND_UNIT, BEFORE_UNIT, AFTER_UNIT);
        for (MatchResult m : text.find(SECONDS_ONLY, nearSeconds)) {
            if (!isPart(text, m)) {
                seconds(text, found, m, count(m.group(1)));
            }
        }
        for (Pattern p : new Pattern[] {SECONDS_SHORT, SECONDS_GLUED}) {
            for (MatchResult m : text.find(p)) {
                if (!isPart(text, m)) {
                    seconds(text, found, m, count(m.group(1)));
                }
            }
        }
        for (MatchResult m : text.find(BARS, text.around(BAR_UNIT, BEFORE_UNIT, AFTER_UNIT))) {
            if (!isPart(text, m)) {
                bars(text, found, m, count(m.group(1)));
            }
        }
    }

    private static void readMinutes(PromptText text, Findings found, List<int[]> near)
            throws InvalidPromptException {
        for (MatchResult m : text.find(MINUTE_AND_A_HALF, near)) {
            seconds(text, found, m, (count(m.group(1)) + 0.5) * 60);
        }
        for (MatchResult m : text.find(AND_A_HALF_MINUTES, near)) {
            seconds(text, found, m, (count(m.group(1)) + 0.5) * 60);
        }
        for (MatchResult m : text.find(HALF_A_MINUTE, near)) {
            seconds(text, found, m, 30);
        }
        for (MatchResult m : text.find(HOURS, near)) {
            seconds(text, found, m, count(m.group(1)) * 3600);
        }
        for (MatchResult m : text.find(MINUTES_AND_SECONDS, near)) {
            String secondsWords = m.group(2) != null ? m.group(2) : m.group(3);
            double extra = secondsWords == null ? 0 : count(secondsWords);
            seconds(text, found, m, count(m.group(1)) * 60 + extra);
        }
    }

    private static boolean isDuration(PromptText text, MatchResult m) {
        return CLOCK_LEAD.matcher(text.before(m.start(), 24)).find()
                || CLOCK_TAIL.matcher(text.after(m.end(), 16)).lookingAt()
                || text.text().strip().equals(m.group());
    }

    private static boolean isPart(PromptText text, MatchResult m) {
        return NOT_THE_WHOLE.matcher(text.after(m.end(), 24)).lookingAt()
                || PART_OF.matcher(text.before(m.start(), 12)).find();
    }

    private static double count(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        return NumberWords.parse(w).orElse(0);
    }

    private static void seconds(PromptText text, Findings found, MatchResult m, double seconds)
            throws InvalidPromptException {
        String words = text.words(m);
        if (seconds < SHORTEST_SECONDS) {
            throw new InvalidPromptException("length " + shorten(words) + " is too short: a piece must last at least "
                    + "2 seconds");
        }
        if (seconds > LONGEST_SECONDS) {
            throw new InvalidPromptException("length " + shorten(words) + " is over the 10-minute limit");
        }
        found.explicit(SpecField.LENGTH, Length.ofSeconds(seconds), words);
        text.use(m.start(), m.end());
    }

    private static void bars(PromptText text, Findings found, MatchResult m, double bars)
            throws InvalidPromptException {
        String words = text.words(m);
        if (bars != Math.rint(bars)) {
            return;
        }
        if (bars < 1) {
            throw new InvalidPromptException("length " + shorten(words) + " must be longer than zero");
        }
        if (bars > MOST_BARS) {
            throw new InvalidPromptException("length " + shorten(words) + " is over the 10-minute limit");
        }
        found.explicit(SpecField.LENGTH, Length.ofBars((int) Math.round(bars)), words);
        text.use(m.start(), m.end());
    }

    private static String shorten(String words) {
        return words.length() > 40 ? words.substring(0, 40) + "…" : words;
    }
}
