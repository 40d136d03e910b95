// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.List;

/**
 * Which way the prompt's tempo words lean: below zero slower, above zero faster. A genre picks the matching end
 * of its tempo range, so a "slow waltz" is a slow waltz rather than an average one.
 */
record TempoLean(int direction, List<String> words) {
    static final TempoLean NONE = new TempoLean(0, List.of());

    TempoLean {
        words = List.copyOf(words);
    }
}
