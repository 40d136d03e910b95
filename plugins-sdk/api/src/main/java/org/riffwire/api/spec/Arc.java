// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How intense a piece is over its course: levels in [0, 1] at evenly spaced points from its start to its end,
 * read between points by straight lines. A picture whose left half is dark and right half bright gives a piece
 * that starts quiet and grows.
 */
public final class Arc {
    private final double[] levels;

    private Arc(double[] levels) {
        this.levels = levels;
    }

    /** @param levels two or more levels in [0, 1], the first at the start, the last at the end */
    public static Arc of(double... levels) {
        if (levels.length < 2) {
            throw new IllegalArgumentException("an arc needs at least two levels, got " + levels.length);
        }
        for (double level : levels) {
            if (!(level >= 0 && level <= 1)) {
                throw new IllegalArgumentException("arc levels are in [0, 1], got " + level);
            }
        }
        return new Arc(levels.clone());
    }

    /** The level at a position in [0, 1] of the piece (clamped). */
    public double at(double position) {
        double x = Math.max(0, Math.min(1, position)) * (levels.length - 1);
        int i = (int) Math.min(levels.length - 2, Math.floor(x));
        return levels[i] + (levels[i + 1] - levels[i]) * (x - i);
    }

    /** A copy of the levels. */
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arc a && Arrays.equals(levels, a.levels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return Arrays.stream(levels).mapToObj(l -> String.format(Locale.ROOT, "%.2f", l)).collect(Collectors.joining(" → "));
    }
}
