// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

/** One note: MIDI pitch, start and duration in ticks, velocity 1..127. */
public record Note(int pitch, long startTick, long durationTicks, int velocity) {
    public Note {
        if (pitch < 0 || pitch > 127) {
            throw new IllegalArgumentException("MIDI pitch must be 0..127, got " + pitch);
        }
        if (startTick < 0 || durationTicks <= 0) {
            throw new IllegalArgumentException("note needs start >= 0 and duration > 0");
        }
        if (velocity < 1 || velocity > 127) {
            throw new IllegalArgumentException("velocity must be 1..127, got " + velocity);
        }
    }

    public long endTick() {
        return startTick + durationTicks;
    }

    public int pitchClass() {
        return pitch % 12;
    }
}
