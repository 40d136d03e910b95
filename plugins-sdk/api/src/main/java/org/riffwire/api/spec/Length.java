// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

/** How long a piece should be: either seconds or bars, never both. */
public record Length(double seconds, int bars) {
    public Length {
        boolean bySeconds = seconds > 0;
        boolean byBars = bars > 0;
        if (bySeconds == byBars) {
            throw new IllegalArgumentException("a length is either seconds or bars");
        }
    }

    public static Length ofSeconds(double seconds) {
        return new Length(seconds, 0);
    }

    public static Length ofBars(int bars) {
        return new Length(0, bars);
    }

    public boolean isBars() {
        return bars > 0;
    }

    @Override
    public String toString() {
        return isBars() ? bars + " bars" : (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
    }
}
