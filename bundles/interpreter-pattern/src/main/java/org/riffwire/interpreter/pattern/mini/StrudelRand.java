// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

/**
 * Strudel's random signal: a value in [0, 1) for every point in time, from a 32-bit xorshift of the time
 * stretched over 300 cycles (Strudel's signal.mjs, "rand"). Mini-notation's {@code ?} keeps an event when this
 * value at its onset, shifted by 0.0003 cycles per earlier {@code ?} of the pattern, is at least the amount, so a
 * pattern drops the same events every run, and the events Strudel drops.
 */
public final class StrudelRand {
    /** How far each {@code ?} of a pattern shifts its draw, so two of them do not drop alike. */
    public static final Rational SEED_SHIFT = new Rational(3, 10_000);

    private StrudelRand() {
    }

    public static double at(Rational time) {
        double x = time.toDouble() / 300;
        double frac = x - (long) x;
        int seed = xorwise((int) (long) (frac * 536870912));
        return Math.abs((seed % 536870912) / 536870912.0);
    }

    private static int xorwise(int x) {
        int a = (x << 13) ^ x;
        int b = (a >> 17) ^ a;
        return (b << 5) ^ b;
    }
}
