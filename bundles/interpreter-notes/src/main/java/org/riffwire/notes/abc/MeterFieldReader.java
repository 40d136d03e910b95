// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.music.Meter;

/** Reads an M: value: "6/8", "C", "C|", "none", or an additive numerator such as "2+3+2/8". */
final class MeterFieldReader {
    private static final Pattern FRACTION = Pattern.compile("\\(?\\s*(\\d{1,3}(?:\\s*\\+\\s*\\d{1,3})*)\\s*\\)?\\s*/\\s*(\\d{1,3})");

    private MeterFieldReader() {
    }

    /** @return the meter, or null for a free meter */
    static Meter read(String value) throws FieldValueException {
        String v = value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("none")) {
            return null;
        }
        if (v.equals("C")) {
            return Meter.COMMON;
        }
        if (v.equals("C|")) {
            return new Meter(2, 2);
        }
        Matcher m = FRACTION.matcher(v);
        if (!m.matches()) {
            throw new FieldValueException("cannot read the meter '" + v + "' in the M: field");
        }
        int numerator = 0;
        for (String part : m.group(1).split("\\+")) {
            numerator += Integer.parseInt(part.trim());
        }
        int denominator = Integer.parseInt(m.group(2));
        if (numerator < 1 || numerator > 32 || denominator > 32 || Integer.bitCount(denominator) != 1) {
            throw new FieldValueException("the meter '" + v + "' in the M: field is not supported "
                    + "(numerator 1..32, denominator a power of two up to 32)");
        }
        return new Meter(numerator, denominator);
    }
}
