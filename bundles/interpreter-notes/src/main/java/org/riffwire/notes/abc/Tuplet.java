// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/**
 * A tuplet "(p:q:r": put p notes into the time of q for the next r notes. Missing q follows the ABC 2.1 table
 * (which depends on whether the meter is compound); missing r is p.
 */
record Tuplet(int p, int q, int r) {
    static Tuplet read(BodyCursor cursor, boolean compoundMeter) throws AbcSyntaxException {
        int start = cursor.position();
        cursor.next();
        int p = cursor.digits(2);
        int q = -1;
        int r = -1;
        if (cursor.accept(':')) {
            q = cursor.digits(2);
            if (cursor.accept(':')) {
                r = cursor.digits(2);
            }
        }
        if (p < 2 || q == 0 || r == 0) {
            throw cursor.failAt("the tuplet '" + cursor.text(start, cursor.position()) + "' needs p of at least 2 "
                    + "and positive q and r", start);
        }
        return new Tuplet(p, q > 0 ? q : defaultQ(p, compoundMeter), r > 0 ? r : p);
    }

    private static int defaultQ(int p, boolean compoundMeter) {
        return switch (p) {
            case 2, 4, 8 -> 3;
            case 3, 6 -> 2;
            default -> compoundMeter ? 3 : 2;
        };
    }

    double factor() {
        return (double) q / p;
    }
}
