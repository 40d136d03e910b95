// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The MIDI pitches of a set of pitch classes within a range, for stepping through a scale. */
final class PitchSpace {
    private final int[] pitches;

    PitchSpace(Collection<Integer> pitchClasses, int low, int high) {
        List<Integer> list = new ArrayList<>();
        for (int p = Math.max(0, low); p <= Math.min(127, high); p++) {
            if (pitchClasses.contains(p % 12)) {
                list.add(p);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no allowed pitch between " + low + " and " + high);
        }
        pitches = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int size() {
        return pitches.length;
    }

    int get(int index) {
        return pitches[Math.max(0, Math.min(pitches.length - 1, index))];
    }

    /** Index of the allowed pitch nearest to {@code pitch} (the lower one on a tie). */
    int nearestIndex(int pitch) {
        int best = 0;
        for (int i = 1; i < pitches.length; i++) {
            if (Math.abs(pitches[i] - pitch) < Math.abs(pitches[best] - pitch)) {
                best = i;
            }
        }
        return best;
    }

    int nearest(int pitch) {
        return pitches[nearestIndex(pitch)];
    }

    /** The allowed pitch of pitch class {@code pc} nearest to {@code near}, or -1 when the class is absent. */
    int nearestOfClass(int pc, int near) {
        int best = -1;
        for (int p : pitches) {
            if (p % 12 == Math.floorMod(pc, 12) && (best < 0 || Math.abs(p - near) < Math.abs(best - near))) {
                best = p;
            }
        }
        return best;
    }

    int lowest() {
        return pitches[0];
    }

    int highest() {
        return pitches[pitches.length - 1];
    }
}
