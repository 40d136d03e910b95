// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

/** A time signature such as 3/4 or 6/8. */
public record Meter(int numerator, int denominator) {
    public static final Meter COMMON = new Meter(4, 4);

    public Meter {
        if (numerator < 1 || numerator > 32) {
            throw new IllegalArgumentException("meter numerator must be 1..32, got " + numerator);
        }
        if (denominator < 1 || denominator > 32 || Integer.bitCount(denominator) != 1) {
            throw new IllegalArgumentException("meter denominator must be a power of two up to 32, got " + denominator);
        }
    }

    /** Length of one bar in ticks at {@code ppq} ticks per quarter note. */
    public int barTicks(int ppq) {
        return numerator * ppq * 4 / denominator;
    }

    /** Compound meters (6/8, 9/8, 12/8) group three eighths into one felt beat. */
    public boolean isCompound() {
        return denominator == 8 && numerator % 3 == 0 && numerator > 3;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
