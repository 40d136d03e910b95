// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/** Reads the length multiplier after a note, rest or chord: "2", "3/2", "/", "//", "/4", "3/". */
final class LengthReader {
    private static final int MAX_SLASHES = 6;

    private LengthReader() {
    }

    static AbcFraction read(BodyCursor cursor) throws AbcSyntaxException {
        int start = cursor.position();
        int numerator = cursor.digits(4);
        if (numerator == 0) {
            throw cursor.failAt("a note length of 0", start);
        }
        numerator = Math.max(numerator, 1);
        int denominator = 1;
        int slashes = 0;
        while (cursor.accept('/')) {
            slashes++;
        }
        if (slashes > MAX_SLASHES) {
            throw cursor.failAt("a note length with more than " + MAX_SLASHES + " '/'", start);
        }
        if (slashes > 0) {
            int divisor = cursor.digits(4);
            if (divisor == 0) {
                throw cursor.failAt("a note length that divides by 0", start);
            }
            denominator = divisor < 0 ? 1 << slashes : divisor << (slashes - 1);
        }
        return new AbcFraction(numerator, denominator);
    }
}
