// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers written as digits or English words up to ninety-nine ("sixteen bars", "twenty-four bars"), and for
 * tempos up to three hundred and ninety-nine ("a hundred and twenty bpm").
 */
final class NumberWords {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    /** A regular expression for one number word, longest alternatives first so "seventeen" beats "seven". */
    private static final String WORD_PATTERN = buildPattern();
    /** Digits (with an optional decimal part) or a number word. */
    static final String PATTERN = "(?:\\d+(?:\\.\\d+)?|" + WORD_PATTERN + ")";
    /** Number words with hundreds: "a hundred and twenty", "one hundred ten", "two hundred", "sixty-five". */
    static final String HUNDREDS_PATTERN = "(?:(?:a|one|two|three)[\\s-]+hundred(?:[\\s-]+(?:and[\\s-]+)?"
            + WORD_PATTERN + ")?|" + WORD_PATTERN + ")";

    private NumberWords() {
    }

    private static String buildPattern() {
        List<String> units = new ArrayList<>(UNITS);
        units.sort(Comparator.comparingInt(String::length).reversed());
        String digits = String.join("|", UNITS.subList(1, 10));
        return "(?:(?:" + String.join("|", TENS) + ")(?:[\\s-]+(?:" + digits + "))?|" + String.join("|", units) + ")";
    }

    /** The value of digits or number words, or empty when the text is neither. */
    static OptionalDouble parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                return OptionalDouble.of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        String[] parts = s.split("[\\s-]+");
        int hundred = List.of(parts).indexOf("hundred");
        if (hundred == 1) {
            return hundreds(parts);
        }
        int unit = UNITS.indexOf(parts[0]);
        if (parts.length == 1 && unit >= 0) {
            return OptionalDouble.of(unit);
        }
        int tens = TENS.indexOf(parts[0]);
        if (tens < 0) {
            return OptionalDouble.empty();
        }
        int value = 20 + 10 * tens;
        if (parts.length == 2) {
            int ones = UNITS.indexOf(parts[1]);
            if (ones < 1 || ones > 9) {
                return OptionalDouble.empty();
            }
            value += ones;
        } else if (parts.length > 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    /** "a hundred and twenty": the word before "hundred" counts them, the words after "and" add to them. */
    private static OptionalDouble hundreds(String[] parts) {
        int count = parts[0].equals("a") ? 1 : UNITS.indexOf(parts[0]);
        if (count < 1) {
            return OptionalDouble.empty();
        }
        int rest = parts.length > 2 && parts[2].equals("and") ? 3 : 2;
        if (rest >= parts.length) {
            return rest == 2 ? OptionalDouble.of(100.0 * count) : OptionalDouble.empty();
        }
        OptionalDouble tail = parse(String.join(" ", List.of(parts).subList(rest, parts.length)));
        if (tail.isEmpty() || tail.getAsDouble() < 1 || tail.getAsDouble() > 99) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * count + tail.getAsDouble());
    }
}
