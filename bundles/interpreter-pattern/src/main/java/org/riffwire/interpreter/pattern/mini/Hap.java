// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import java.util.function.UnaryOperator;

/**
 * One event of a pattern, as Tidal and Strudel name it: {@code whole} is the event's full time, {@code part} the
 * piece of it inside the span that was asked for. An event sounds where its part starts its whole (its onset).
 */
public record Hap<T>(Span whole, Span part, T value) {
    public boolean hasOnset() {
        return whole.begin().equals(part.begin());
    }

    Hap<T> mapTime(UnaryOperator<Rational> f) {
        return new Hap<>(whole.map(f), part.map(f), value);
    }
}
