// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.music.Meter;

/** Reads an L: value ("1/8") and knows the default the ABC standard derives from the meter. */
final class UnitLengthReader {
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})(?:\\s*/\\s*(\\d{1,4}))?");

    private UnitLengthReader() {
    }

    static AbcFraction read(String value) throws FieldValueException {
        String v = value.trim();
        Matcher m = FRACTION.matcher(v);
        if (!m.matches()) {
            throw new FieldValueException("cannot read the unit note length '" + v + "' in the L: field");
        }
        int numerator = Integer.parseInt(m.group(1));
        int denominator = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (numerator < 1 || numerator > 64 || denominator < 1 || denominator > 1024) {
            throw new FieldValueException("the unit note length '" + v + "' in the L: field is out of range");
        }
        return new AbcFraction(numerator, denominator);
    }

    /** 1/16 for meters below 3/4 (2/4, 5/8), else 1/8; 1/8 too when the meter is free. */
    static AbcFraction defaultFor(Meter meter) {
        if (meter != null && (double) meter.numerator() / meter.denominator() < 0.75) {
            return AbcFraction.SIXTEENTH;
        }
        return AbcFraction.EIGHTH;
    }
}
