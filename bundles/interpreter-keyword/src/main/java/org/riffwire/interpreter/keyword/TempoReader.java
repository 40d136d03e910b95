// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.spec.Defaults;
import org.riffwire.api.spec.SpecField;

/**
 * Reads tempos stated as numbers: "at 72 bpm", "72BPM", "bpm: 128", "tempo 90", "♩=120", "120 beats per minute",
 * "a hundred and twenty bpm", and a bare "at 140" when no unit follows.
 */
final class TempoReader {
    static final double SLOWEST = 20;
    static final double FASTEST = Defaults.FASTEST_TEMPO;

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    // "90-100 bpm" is read as its middle: the spec holds one tempo, and the middle honours both ends.
    private static final Pattern BPM = Pattern.compile("(?<![\\p{L}\\p{N}./])(?:(?:at|@|around|about)\\s*)?"
            + "(?:tempo\\s+(?:of\\s+)?)?(?:between\\s+" + NUMBER + "\\s+and\\s+|" + NUMBER + "\\s*(?:-|–|to)\\s*)?"
            + NUMBER
            + "\\s*-?\\s*(?:bpm|b\\.p\\.m\\.?|beats?\\s+(?:per|a|each)\\s+minute|beats?\\s*/\\s*min(?:ute)?)"
            + "(?![\\p{L}])", CI);
    // A letter glued to the number makes it something else: "tempo 1e3" is not a tempo of 1.
    private static final String NOT_A_UNIT = "(?![\\p{L}\\p{N}%/:]|\\.\\d)(?!\\s*(?:%|bars?|measures?|seconds?|minutes?"
            + "|percent)(?![\\p{L}]))";
    private static final Pattern TEMPO = Pattern.compile("(?<![\\p{L}])tempo\\s*(?:(?:of|at|is|around|about)\\s+"
            + "|[:=]\\s*)?" + NUMBER + NOT_A_UNIT, CI);
    private static final Pattern BPM_FIRST = Pattern.compile("(?<![\\p{L}])(?:bpm|b\\.p\\.m\\.?)\\s*"
            + "(?:(?:of|at|is|around|about)\\s+|[:=]\\s*)?" + NUMBER + NOT_A_UNIT, CI);
    private static final Pattern WORDS_BPM = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:at|around|about)\\s+)?("
            + NumberWords.HUNDREDS_PATTERN + ")\\s*-?\\s*(?:bpm|b\\.p\\.m\\.?|beats?\\s+(?:per|a|each)\\s+minute)"
            + "(?![\\p{L}])", CI);
    // "a rock song at 140": a bare number after "at" is a tempo when the sentence goes on as if it were one.
    private static final Pattern BARE_AT = Pattern.compile("(?<![\\p{L}\\p{N}])(?:at|@)\\s*(\\d{2,3}(?:\\.\\d+)?)"
            + "(?=\\s*(?:$|[,;!?)\\n]|\\.(?!\\d)|(?:and|with|in|for|on|please|using|featuring|then|but|or|to|over"
            + "|throughout)(?![\\p{L}])))", CI);
    private static final double BARE_SLOWEST = 30;
    private static final double BARE_FASTEST = 300;
    // Metronome marks name the beat unit; the spec counts quarter notes.
    private static final Pattern NOTE_EQUALS = Pattern.compile("(?<![\\p{L}])(♩\\.|♩|\\x{1D15F}|♪|\\x{1D15E}"
            + "|(?:dotted\\s+)?(?:quarter|crotchet|eighth|quaver|half|minim)(?:[\\s-]notes?)?)\\s*=\\s*" + NUMBER
            + "(?![\\p{N}])", CI);

    // "-90 bpm", "tempo: -90": a minus sign before a stated tempo; "80-90 bpm" is a range, not a negative.
    private static final Pattern NEGATIVE = Pattern.compile("(?<!\\d\\s{0,3})(?:[-−]\\s*\\d+(?:\\.\\d+)?\\s*(?:bpm|b\\.p\\.m"
            + "|beats?\\s+(?:per|a|each)\\s+minute)|(?<![\\p{L}])(?:tempo|bpm)\\s*(?:of|at|is|around|about|[:=])?\\s*[-−]\\s*\\d)",
            CI);

    void read(PromptText text, Findings found) throws InvalidPromptException {
        if (text.mentions("-", "−")) {
            for (MatchResult m : text.find(NEGATIVE)) {
                throw new InvalidPromptException("a tempo cannot be negative: '" + m.group().trim() + "'; tempi are "
                        + (int) Defaults.SLOWEST_TEMPO + "–" + (int) Defaults.FASTEST_TEMPO + " bpm");
            }
        }
        if (text.mentions("bpm", "b.p.m", "beat")) {
            readBpm(text, found);
        }
        if (text.mentions("bpm", "b.p.m", "beat")) {
            for (MatchResult m : text.find(WORDS_BPM)) {
                double bpm = NumberWords.parse(m.group(1)).orElse(0);
                if (bpm < SLOWEST || bpm > FASTEST) {
                    throw outside(m.group(1));
                }
                found.explicit(SpecField.TEMPO, bpm, text.words(m));
                text.use(m.start(), m.end());
            }
        }
        if (text.mentions("bpm", "b.p.m")) {
            labelled(text, found, BPM_FIRST);
        }
        if (text.mentions("tempo")) {
            labelled(text, found, TEMPO);
        }
        if (text.mentions("at", "@")) {
            for (MatchResult m : text.find(BARE_AT)) {
                double bpm = Double.parseDouble(m.group(1));
                if (bpm >= BARE_SLOWEST && bpm <= BARE_FASTEST) {
                    found.explicit(SpecField.TEMPO, bpm, text.words(m));
                    text.use(m.start(), m.end());
                }
            }
        }
        if (text.mentions("=")) {
            readMetronomeMarks(text, found);
        }
    }

    private static void labelled(PromptText text, Findings found, Pattern pattern) throws InvalidPromptException {
        for (MatchResult m : text.find(pattern)) {
            found.explicit(SpecField.TEMPO, check(m.group(1)), text.words(m));
            text.use(m.start(), m.end());
        }
    }

    private static void readBpm(PromptText text, Findings found) throws InvalidPromptException {
        for (MatchResult m : text.find(BPM)) {
            double bpm = check(m.group(3));
            String low = m.group(1) != null ? m.group(1) : m.group(2);
            if (low != null) {
                bpm = (check(low) + bpm) / 2;
            }
            found.explicit(SpecField.TEMPO, bpm, text.words(m));
            text.use(m.start(), m.end());
        }
    }

    private static void readMetronomeMarks(PromptText text, Findings found) throws InvalidPromptException {
        for (MatchResult m : text.find(NOTE_EQUALS)) {
            double perMinute = Double.parseDouble(m.group(2));
            double quarters = perMinute * quartersPerUnit(m.group(1));
            if (quarters < SLOWEST || quarters > FASTEST) {
                throw outside(m.group(2));
            }
            found.explicit(SpecField.TEMPO, quarters, text.words(m));
            text.use(m.start(), m.end());
        }
    }

    private static double check(String number) throws InvalidPromptException {
        double bpm = Double.parseDouble(number);
        if (bpm < SLOWEST || bpm > FASTEST) {
            throw outside(number);
        }
        return bpm;
    }

    private static InvalidPromptException outside(String number) {
        String shown = number.length() > 12 ? number.substring(0, 12) + "…" : number;
        return new InvalidPromptException("tempo " + shown + " bpm is outside " + (int) Defaults.SLOWEST_TEMPO + "–" + (int) Defaults.FASTEST_TEMPO + " bpm");
    }

    private static double quartersPerUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        boolean dotted = u.startsWith("dotted") || u.equals("♩.");
        double base;
        if (u.contains("eighth") || u.contains("quaver") || u.equals("♪")) {
            base = 0.5;
        } else if (u.contains("half") || u.contains("minim") || u.equals("\uD834\uDD5E")) {
            base = 2;
        } else {
            base = 1;
        }
        return dotted ? base * 1.5 : base;
    }
}
