// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.util.Locale;
import java.util.Map;

import org.riffwire.api.UnsatisfiableSpecException;

/** A generator's options (strings from the pipeline's settings or --set), read with ranges and clear refusals. */
final class GeneratorOptions {
    private final Map<String, String> options;

    GeneratorOptions(Map<String, String> options) {
        this.options = options;
    }

    String text(String key, String fallback) {
        String value = options.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    boolean has(String key) {
        String value = options.get(key);
        return value != null && !value.isBlank();
    }

    boolean yes(String key) {
        return switch (text(key, "no").toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on", "1" -> true;
            default -> false;
        };
    }

    long whole(String key) throws UnsatisfiableSpecException {
        try {
            return Long.parseLong(text(key, "0"));
        } catch (NumberFormatException e) {
            throw new UnsatisfiableSpecException(key + " must be a whole number, got '" + options.get(key) + "'");
        }
    }

    int integer(String key, int fallback, int min, int max) throws UnsatisfiableSpecException {
        double v = number(key, fallback, min, max);
        if (v != Math.rint(v)) {
            throw new UnsatisfiableSpecException(key + " must be a whole number, got " + options.get(key));
        }
        return (int) v;
    }

    double number(String key, double fallback, double min, double max) throws UnsatisfiableSpecException {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UnsatisfiableSpecException(key + " must be a number from " + format(min) + " to " + format(max) + ", got '"
                + value + "'");
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
