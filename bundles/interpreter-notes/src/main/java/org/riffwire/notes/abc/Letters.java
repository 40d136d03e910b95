// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/** The seven note letters, indexed from C (0) to B (6), and their natural semitones. */
final class Letters {
    private static final int[] NATURAL_SEMITONES = {0, 2, 4, 5, 7, 9, 11};

    private Letters() {
    }

    /** Index 0..6 of a note letter in either case, or -1. */
    static int index(char letter) {
        char c = Character.toUpperCase(letter);
        return c >= 'A' && c <= 'G' ? (c - 'A' + 5) % 7 : -1;
    }

    static int naturalSemitone(int index) {
        return NATURAL_SEMITONES[index];
    }
}
