// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;

/**
 * One event of an explicit note sequence. {@code pitches} holds MIDI note numbers when {@code octaveGiven}, else
 * pitch classes 0..11 (the generator picks the octave); it holds several pitches for a chord and none for a rest.
 * {@code durationTicks} is at {@link NoteSequence#PPQ} ticks per quarter note, or 0 when the prompt gave none.
 * {@code chordSymbol} is an accompaniment chord written above this note ("Am", "G7"), or null.
 */
public record ExplicitNote(List<Integer> pitches, boolean octaveGiven, long durationTicks, String chordSymbol) {
    public ExplicitNote {
        pitches = List.copyOf(pitches);
        int max = octaveGiven ? 127 : 11;
        for (int p : pitches) {
            if (p < 0 || p > max) {
                throw new IllegalArgumentException("pitch out of range: " + p);
            }
        }
        if (durationTicks < 0) {
            throw new IllegalArgumentException("duration must not be negative");
        }
    }

    public boolean isRest() {
        return pitches.isEmpty();
    }
}
