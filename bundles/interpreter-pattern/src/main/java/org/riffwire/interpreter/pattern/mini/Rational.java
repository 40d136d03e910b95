// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import java.math.BigInteger;

/** An exact fraction of cycles: pattern time is rational, so a triplet inside a quintuplet lands exactly. */
public record Rational(long numerator, long denominator) implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);

    public Rational {
        if (denominator == 0) {
            throw new ArithmeticException("a fraction over zero");
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long g = gcd(Math.abs(numerator), denominator);
        if (g > 1) {
            numerator /= g;
            denominator /= g;
        }
    }

    public static Rational of(long n) {
        return new Rational(n, 1);
    }

    /** A decimal as written ("1.5", "0.25"), exactly. */
    public static Rational parse(String decimal) {
        java.math.BigDecimal d = new java.math.BigDecimal(decimal);
        BigInteger unscaled = d.unscaledValue();
        BigInteger scale = BigInteger.TEN.pow(Math.max(0, d.scale()));
        if (d.scale() < 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(-d.scale()));
        }
        return new Rational(unscaled.longValueExact(), scale.longValueExact());
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    public Rational add(Rational o) {
        return new Rational(Math.addExact(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator)),
                Math.multiplyExact(denominator, o.denominator));
    }

    public Rational sub(Rational o) {
        return add(new Rational(-o.numerator, o.denominator));
    }

    public Rational mul(Rational o) {
        return new Rational(Math.multiplyExact(numerator, o.numerator), Math.multiplyExact(denominator, o.denominator));
    }

    public Rational div(Rational o) {
        return new Rational(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(denominator, o.numerator));
    }

    /** The cycle this time falls in. */
    public long floor() {
        return Math.floorDiv(numerator, denominator);
    }

    public Rational cycle() {
        return of(floor());
    }

    public boolean isPositive() {
        return numerator > 0;
    }

    public double toDouble() {
        return (double) numerator / denominator;
    }

    public static Rational min(Rational a, Rational b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Rational max(Rational a, Rational b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(Rational o) {
        return Long.compare(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator));
    }

    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
