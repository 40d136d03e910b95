// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A stretch of pattern time, begin inclusive, end exclusive. */
public record Span(Rational begin, Rational end) {
    /** The span cut at every cycle boundary: the pieces a cycle-wise query answers. */
    public List<Span> cycles() {
        List<Span> pieces = new ArrayList<>();
        Rational b = begin;
        while (b.compareTo(end) < 0) {
            Rational next = Rational.min(b.cycle().add(Rational.ONE), end);
            pieces.add(new Span(b, next));
            b = next;
        }
        return pieces;
    }

    /** The common part of two spans, or null when they do not overlap. */
    public Span intersect(Span o) {
        Rational b = Rational.max(begin, o.begin);
        Rational e = Rational.min(end, o.end);
        return b.compareTo(e) < 0 ? new Span(b, e) : null;
    }

    public Span map(UnaryOperator<Rational> f) {
        return new Span(f.apply(begin), f.apply(end));
    }

    public Rational length() {
        return end.sub(begin);
    }
}
