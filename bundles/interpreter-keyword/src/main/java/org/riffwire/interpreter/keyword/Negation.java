// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Set;

/**
 * Finds the "no" in "no drums", "without any piano" and "no piano or drums", looking back from a phrase over
 * articles and "or"-lists but never across a comma or an unrelated word.
 */
final class Negation {
    private static final Set<String> NEGATORS = Set.of("no", "without", "not", "minus", "sans", "zero", "nor",
            "neither", "never", "except", "excluding", "skip", "lose");
    private static final Set<String> FILLERS = Set.of("a", "an", "any", "the", "some", "too", "very", "so", "live",
            "real", "overly", "particularly", "more");
    private static final Set<String> LIST_JOINERS = Set.of("or");
    // How many words one earlier list item may have: "no electric piano or drums".
    private static final int LIST_ITEM_WORDS = 3;
    private static final int MAX_LOOKBACK = 8;

    private Negation() {
    }

    /** The index of the word that negates the phrase starting at {@code first}, or -1 when nothing does. */
    static int negator(Tokens tokens, int first) {
        int budget = 0;
        for (int i = first - 1, steps = 0; i >= 0 && steps < MAX_LOOKBACK; i--, steps++) {
            if (!tokens.joined(i + 1)) {
                return -1;
            }
            String w = tokens.word(i);
            if (NEGATORS.contains(w)) {
                return i;
            }
            if (LIST_JOINERS.contains(w)) {
                budget = LIST_ITEM_WORDS;
            } else if (FILLERS.contains(w)) {
                continue;
            } else if (budget > 0) {
                budget--;
            } else {
                return -1;
            }
        }
        return -1;
    }

    static boolean isNegated(Tokens tokens, int first) {
        return negator(tokens, first) >= 0;
    }
}
