// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

import java.util.Locale;

/** A diatonic mode, given as the semitone steps of its scale above the tonic. */
public enum Mode {
    MAJOR(0, 2, 4, 5, 7, 9, 11),
    MINOR(0, 2, 3, 5, 7, 8, 10),
    DORIAN(0, 2, 3, 5, 7, 9, 10),
    PHRYGIAN(0, 1, 3, 5, 7, 8, 10),
    LYDIAN(0, 2, 4, 6, 7, 9, 11),
    MIXOLYDIAN(0, 2, 4, 5, 7, 9, 10),
    LOCRIAN(0, 1, 3, 5, 6, 8, 10);

    private final int[] steps;

    Mode(int... steps) {
        this.steps = steps;
    }

    /** Semitones above the tonic of scale degree {@code degree} (0-based, wraps by octaves). */
    public int step(int degree) {
        int octave = Math.floorDiv(degree, 7);
        return steps[Math.floorMod(degree, 7)] + 12 * octave;
    }

    /** True when the third above the tonic is minor: the mode sounds "minor". */
    public boolean isMinorLike() {
        return steps[2] == 3;
    }

    /** Number of sharps (positive) or flats (negative) relative to the major key on the same tonic. */
    public int sharpsRelativeToMajor() {
        return switch (this) {
            case MAJOR -> 0;
            case MINOR -> -3;
            case DORIAN -> -2;
            case PHRYGIAN -> -4;
            case LYDIAN -> 1;
            case MIXOLYDIAN -> -1;
            case LOCRIAN -> -5;
        };
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
