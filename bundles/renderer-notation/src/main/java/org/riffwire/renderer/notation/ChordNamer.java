// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.Optional;
import java.util.Set;

import org.riffwire.api.music.PitchClass;

/** Names the chord a set of pitch classes forms ("Am", "G7", "Bdim"), with the bass note as the preferred root. */
final class ChordNamer {
    private record Quality(String suffix, int... intervals) {
    }

    private static final Quality[] QUALITIES = {
        new Quality("7", 0, 4, 7, 10), new Quality("maj7", 0, 4, 7, 11), new Quality("m7", 0, 3, 7, 10),
        new Quality("", 0, 4, 7), new Quality("m", 0, 3, 7), new Quality("dim", 0, 3, 6), new Quality("aug", 0, 4, 8),
        new Quality("sus4", 0, 5, 7), new Quality("5", 0, 7), new Quality("m", 0, 3), new Quality("", 0, 4)};

    private ChordNamer() {
    }

    static Optional<String> name(Set<Integer> pitchClasses, int bass, boolean preferFlats) {
        if (pitchClasses.isEmpty()) {
            return Optional.empty();
        }
        for (Quality q : QUALITIES) {
            for (int root : rootsToTry(pitchClasses, bass)) {
                if (matches(pitchClasses, root, q)) {
                    return Optional.of(PitchClass.name(root, preferFlats) + q.suffix());
                }
            }
        }
        return Optional.empty();
    }

    private static int[] rootsToTry(Set<Integer> pcs, int bass) {
        int[] roots = new int[pcs.size() + 1];
        roots[0] = bass;
        int i = 1;
        for (int pc : pcs) {
            roots[i++] = pc;
        }
        return roots;
    }

    /** The chord's tones are exactly the quality's intervals above the root. */
    private static boolean matches(Set<Integer> pcs, int root, Quality q) {
        if (pcs.size() != q.intervals().length) {
            return false;
        }
        for (int interval : q.intervals()) {
            if (!pcs.contains((root + interval) % 12)) {
                return false;
            }
        }
        return true;
    }
}
