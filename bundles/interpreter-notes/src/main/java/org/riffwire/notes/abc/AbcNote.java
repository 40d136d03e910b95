// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.List;

/**
 * A note, a chord (several pitches) or a rest (no pitches). Pitches are MIDI note numbers, C = 60 and c = 72;
 * tied notes arrive already joined into one longer note.
 */
public record AbcNote(long startTick, long durationTicks, List<Integer> pitches) implements AbcEvent {
    public AbcNote {
        pitches = List.copyOf(pitches);
        if (startTick < 0 || durationTicks <= 0) {
            throw new IllegalArgumentException("a note needs start >= 0 and duration > 0");
        }
    }

    public boolean isRest() {
        return pitches.isEmpty();
    }

    public boolean isChord() {
        return pitches.size() > 1;
    }

    public long endTick() {
        return startTick + durationTicks;
    }
}
