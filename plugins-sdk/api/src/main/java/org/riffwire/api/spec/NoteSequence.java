// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Notes the prompt spells out, in order. Durations count {@link #PPQ} ticks per quarter note. */
public record NoteSequence(List<ExplicitNote> notes) {
    public static final int PPQ = org.riffwire.api.music.Score.PPQ;

    public NoteSequence {
        notes = List.copyOf(notes);
        if (notes.stream().allMatch(ExplicitNote::isRest)) {
            throw new IllegalArgumentException("a note sequence needs at least one note");
        }
    }

    /** Every pitch class the sequence sounds. */
    public Set<Integer> pitchClasses() {
        Set<Integer> pcs = new TreeSet<>();
        for (ExplicitNote n : notes) {
            for (int p : n.pitches()) {
                pcs.add(p % 12);
            }
        }
        return pcs;
    }

    public boolean hasDurations() {
        return notes.stream().allMatch(n -> n.durationTicks() > 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (ExplicitNote n : notes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (n.isRest()) {
                sb.append('z');
            } else {
                for (int i = 0; i < n.pitches().size(); i++) {
                    int p = n.pitches().get(i);
                    sb.append(i == 0 ? "" : "+").append(org.riffwire.api.music.PitchClass.name(p));
                    if (n.octaveGiven()) {
                        sb.append(p / 12 - 1);
                    }
                }
            }
        }
        return sb.toString();
    }
}
