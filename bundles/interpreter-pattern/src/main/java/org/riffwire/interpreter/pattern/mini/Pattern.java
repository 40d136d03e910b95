// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A pattern as TidalCycles and Strudel define one: a function from a span of time (in cycles) to the events
 * that happen in it. Every mini-notation construct is one of the combinators below, each a small function of
 * time, so nesting them composes exactly.
 */
@FunctionalInterface
public interface Pattern<T> {
    List<Hap<T>> query(Span span);

    /** The events that start in cycle {@code cycle}, each with its whole time. */
    default List<Hap<T>> onsetsIn(long cycle) {
        List<Hap<T>> onsets = new ArrayList<>();
        for (Hap<T> h : query(new Span(Rational.of(cycle), Rational.of(cycle + 1)))) {
            if (h.hasOnset()) {
                onsets.add(h);
            }
        }
        onsets.sort((a, b) -> a.whole().begin().compareTo(b.whole().begin()));
        return onsets;
    }

    static <T> Pattern<T> silence() {
        return span -> List.of();
    }

    /** One event per cycle, the whole cycle long. */
    static <T> Pattern<T> pure(T value) {
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            for (Span piece : span.cycles()) {
                Rational c = piece.begin().cycle();
                haps.add(new Hap<>(new Span(c, c.add(Rational.ONE)), piece, value));
            }
            return haps;
        };
    }

    @SafeVarargs
    static <T> Pattern<T> stack(Pattern<T>... patterns) {
        return stack(List.of(patterns));
    }

    static <T> Pattern<T> stack(List<Pattern<T>> patterns) {
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            for (Pattern<T> p : patterns) {
                haps.addAll(p.query(span));
            }
            return haps;
        };
    }

    /** The patterns side by side in each cycle, each taking a share of it proportional to its weight. */
    static <T> Pattern<T> timeCat(List<Rational> weights, List<Pattern<T>> patterns) {
        Rational total = Rational.ZERO;
        for (Rational w : weights) {
            total = total.add(w);
        }
        List<Pattern<T>> placed = new ArrayList<>();
        Rational at = Rational.ZERO;
        for (int i = 0; i < patterns.size(); i++) {
            Rational end = at.add(weights.get(i));
            placed.add(patterns.get(i).compress(at.div(total), end.div(total)));
            at = end;
        }
        return stack(placed);
    }

    /**
     * This pattern squeezed into [b, e) of every cycle, silent in the rest: cycle c of it plays in [c + b, c + e).
     * Events longer than a cycle keep their length in proportion (their parts are cut to the slot).
     */
    default Pattern<T> compress(Rational b, Rational e) {
        if (b.compareTo(e) >= 0 || b.compareTo(Rational.ZERO) < 0 || e.compareTo(Rational.ONE) > 0) {
            return silence();
        }
        Rational width = e.sub(b);
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            for (Span piece : span.cycles()) {
                Rational c = piece.begin().cycle();
                Span slot = piece.intersect(new Span(c.add(b), c.add(e)));
                if (slot == null) {
                    continue;
                }
                Span inner = slot.map(t -> c.add(t.sub(c).sub(b).div(width)));
                for (Hap<T> h : query(inner)) {
                    haps.add(h.mapTime(t -> c.add(b).add(t.sub(c).mul(width))));
                }
            }
            return haps;
        };
    }

    /** Faster by {@code factor}: a factor of 2 plays two cycles in one. Zero or less is silence. */
    default Pattern<T> fast(Rational factor) {
        if (!factor.isPositive()) {
            return silence();
        }
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            for (Hap<T> h : query(span.map(t -> t.mul(factor)))) {
                haps.add(h.mapTime(t -> t.div(factor)));
            }
            return haps;
        };
    }

    default Pattern<T> slow(Rational factor) {
        return factor.isPositive() ? fast(Rational.ONE.div(factor)) : silence();
    }

    /** Faster by a factor that is itself a pattern ({@code a*<2 3>}): each of its events sets the speed for its time. */
    default Pattern<T> fast(Pattern<Rational> factors) {
        return byArgument(factors, this::fast);
    }

    default Pattern<T> slow(Pattern<Rational> factors) {
        return byArgument(factors, this::slow);
    }

    /** Strudel's patterned arguments: the argument's events cut the time, and each piece plays with its value. */
    private Pattern<T> byArgument(Pattern<Rational> arguments, Function<Rational, Pattern<T>> with) {
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            for (Hap<Rational> a : arguments.query(span)) {
                for (Hap<T> h : with.apply(a.value()).query(a.part())) {
                    Span part = h.part().intersect(a.part());
                    if (part != null) {
                        haps.add(new Hap<>(h.whole(), part, h.value()));
                    }
                }
            }
            return haps;
        };
    }

    /** Each cycle played {@code times} times in a row before the next ({@code <a b>!2} gives a a b b). */
    default Pattern<T> repeatCycles(long times) {
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            for (Span piece : span.cycles()) {
                long cycle = piece.begin().floor();
                long source = Math.floorDiv(cycle, times);
                Rational shift = Rational.of(cycle - source);
                for (Hap<T> h : query(piece.map(t -> t.sub(shift)))) {
                    haps.add(h.mapTime(t -> t.add(shift)));
                }
            }
            return haps;
        };
    }

    /**
     * This pattern's values in the rhythm of {@code steps}: an event per true step, its whole the step's, its value
     * what this pattern plays there (Strudel's {@code struct}).
     */
    default Pattern<T> struct(boolean[] steps) {
        Pattern<T> self = this;
        return span -> {
            List<Hap<T>> haps = new ArrayList<>();
            int n = steps.length;
            for (int i = 0; i < n; i++) {
                if (!steps[i]) {
                    continue;
                }
                Rational b = new Rational(i, n);
                Rational e = new Rational(i + 1, n);
                for (Span piece : span.cycles()) {
                    Rational c = piece.begin().cycle();
                    Span step = new Span(c.add(b), c.add(e));
                    Span part = piece.intersect(step);
                    if (part == null) {
                        continue;
                    }
                    for (Hap<T> h : self.query(part)) {
                        haps.add(new Hap<>(step, h.part(), h.value()));
                    }
                }
            }
            return haps;
        };
    }

    /** Keeps only the events whose onset {@code keep} accepts (seeded random removal). */
    default Pattern<T> filterOnsets(java.util.function.Predicate<Rational> keep) {
        return span -> query(span).stream().filter(h -> keep.test(h.whole().begin())).toList();
    }

    default <U> Pattern<U> map(Function<T, U> f) {
        return span -> query(span).stream().map(h -> new Hap<>(h.whole(), h.part(), f.apply(h.value()))).toList();
    }
}
