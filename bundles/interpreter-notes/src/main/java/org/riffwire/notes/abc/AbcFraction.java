// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/** A note length as a fraction of a whole note, as the L: field writes it ("1/8"). */
public record AbcFraction(int numerator, int denominator) {
    public static final AbcFraction EIGHTH = new AbcFraction(1, 8);
    public static final AbcFraction SIXTEENTH = new AbcFraction(1, 16);

    public AbcFraction {
        if (numerator < 1 || denominator < 1) {
            throw new IllegalArgumentException("a note length needs a positive numerator and denominator");
        }
    }

    /** Length in ticks at {@link AbcTune#PPQ} ticks per quarter note; fractional for lengths such as 1/3. */
    public double ticks() {
        return 4.0 * AbcTune.PPQ * numerator / denominator;
    }

    public double value() {
        return (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
