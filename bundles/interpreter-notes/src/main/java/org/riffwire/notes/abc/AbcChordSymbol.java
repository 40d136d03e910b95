// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.Objects;

/** An accompaniment chord written in quotes above the melody ("Am", "G7", "D/F#"), at the tick where it sounds. */
public record AbcChordSymbol(long startTick, String symbol) implements AbcEvent {
    public AbcChordSymbol {
        Objects.requireNonNull(symbol, "symbol");
    }
}
