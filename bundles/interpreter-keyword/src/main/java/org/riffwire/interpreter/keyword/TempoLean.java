// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.List;

/**
 * Which way the prompt's pace words lean: below zero slower, above zero faster, two for "very". A genre picks the
 * matching end of its tempo range, so a "slow waltz" is a slow waltz rather than an average one. {@code paces}
 * are the plain pace words themselves, whose tempo waits until the genre is known.
 */
record TempoLean(int direction, List<String> words, List<Pace> paces) {
    static final TempoLean NONE = new TempoLean(0, List.of(), List.of());

    /** One pace word: its lean, the tempo it means alone, and the words as typed. */
    record Pace(int lean, double bpm, String words) {
    }

    TempoLean {
        words = List.copyOf(words);
        paces = List.copyOf(paces);
    }

    boolean isEmpty() {
        return paces.isEmpty();
    }
}
