// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

/** A run of tokens, {@code first} inclusive to {@code end} exclusive, that a lexicon knows. */
record Phrase<V>(int first, int end, V value) {
    int size() {
        return end - first;
    }

    boolean overlaps(Phrase<?> other) {
        return first < other.end && other.first < end;
    }
}
