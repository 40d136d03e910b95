// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A sounded note as both readings can state it: when it starts, in quarter notes, and its MIDI pitch. */
record Onset(double quarters, int pitch) {
    /** abc2midi starts every note a tick late; a 64th note is shorter than any value the corpora write. */
    boolean sameAs(Onset other) {
        return pitch == other.pitch && Math.abs(quarters - other.quarters) < 1.0 / 16;
    }

    /**
     * Sorts by time and then by pitch within each chord, and gives every note of a chord the chord's time. A chord
     * is a run of notes each starting within a 32nd of a quarter after the one before, which holds abc2midi's
     * stagger of a few ticks per chord note and parts notes a 64th apart. A pitch sounded twice in one chord (as in
     * "[e2e2]") is one sound on a MIDI channel and is counted once.
     */
    static List<Onset> inOrder(List<Onset> notes) {
        List<Onset> byTime = new ArrayList<>(notes);
        byTime.sort(Comparator.comparingDouble(Onset::quarters));
        List<Onset> ordered = new ArrayList<>(notes.size());
        int group = 0;
        for (int i = 1; i <= byTime.size(); i++) {
            if (i == byTime.size() || byTime.get(i).quarters - byTime.get(i - 1).quarters >= 1.0 / 32) {
                double time = byTime.get(group).quarters;
                byTime.subList(group, i).stream().mapToInt(Onset::pitch).distinct().sorted()
                        .forEach(pitch -> ordered.add(new Onset(time, pitch)));
                group = i;
            }
        }
        return ordered;
    }

    /** True when both lists hold the same notes at the same times. */
    static boolean same(List<Onset> a, List<Onset> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return pitch + "@" + Math.round(quarters * 1000) / 1000.0;
    }
}
