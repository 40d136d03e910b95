// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.List;

/**
 * A chord as pitch classes, root first. {@code degree} is the scale degree of the root (0 = tonic), or -1 for a
 * chord that came from a chord symbol outside the scale.
 */
record Chord(int root, List<Integer> pitchClasses, int degree) {
    Chord {
        pitchClasses = List.copyOf(pitchClasses);
    }

    boolean contains(int pitchClass) {
        return pitchClasses.contains(Math.floorMod(pitchClass, 12));
    }

    /** The chord's fifth when it has one, else its root: what a bass plays on a secondary beat. */
    int fifthOrRoot() {
        int fifth = (root + 7) % 12;
        return contains(fifth) ? fifth : root;
    }
}
