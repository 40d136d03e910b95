// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Q: value into quarter notes per minute: "1/4=120", "3/8=80", "\"Allegro\" 1/4=120", "1/4 1/8=60"
 * (beats summed), or the old bare "120" counted in unit note lengths.
 */
final class TempoFieldReader {
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern BEATS = Pattern.compile(
            "((?:\\d{1,3}\\s*/\\s*\\d{1,4}\\s*)+)=\\s*(\\d{1,4}(?:\\.\\d{1,3})?)");
    private static final Pattern BEAT = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,4})");
    private static final Pattern BARE = Pattern.compile("(?:[Cc]\\s*=\\s*)?(\\d{1,4}(?:\\.\\d{1,3})?)");

    private TempoFieldReader() {
    }

    /** @return quarter notes per minute, or null when the field holds only words such as "Allegro" */
    static Double read(String value, AbcFraction unitLength) throws FieldValueException {
        String v = QUOTED.matcher(value).replaceAll(" ").trim();
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = BEATS.matcher(v);
        double quarterNotes;
        double perMinute;
        if (m.matches()) {
            quarterNotes = 0;
            Matcher beat = BEAT.matcher(m.group(1));
            while (beat.find()) {
                int denominator = Integer.parseInt(beat.group(2));
                if (denominator == 0) {
                    throw new FieldValueException("the tempo '" + value.trim() + "' in the Q: field divides by zero");
                }
                quarterNotes += 4.0 * Integer.parseInt(beat.group(1)) / denominator;
            }
            perMinute = Double.parseDouble(m.group(2));
        } else {
            Matcher bare = BARE.matcher(v);
            if (!bare.matches()) {
                throw new FieldValueException("cannot read the tempo '" + value.trim() + "' in the Q: field");
            }
            quarterNotes = 4.0 * unitLength.value();
            perMinute = Double.parseDouble(bare.group(1));
        }
        double tempo = quarterNotes * perMinute;
        if (!(tempo > 0) || tempo > 2000) {
            throw new FieldValueException("the tempo '" + value.trim() + "' in the Q: field is out of range");
        }
        return tempo;
    }
}
