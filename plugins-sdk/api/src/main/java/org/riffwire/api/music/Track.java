// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

import java.util.List;
import java.util.Objects;

/**
 * One part of a score. {@code program} is the General MIDI program 0..127 (ignored for drums);
 * {@code channel} is the MIDI channel 0..15, 9 being the General MIDI drum channel.
 */
public record Track(String name, TrackRole role, int program, int channel, List<Note> notes) {
    public static final int DRUM_CHANNEL = 9;

    public Track {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (program < 0 || program > 127) {
            throw new IllegalArgumentException("GM program must be 0..127, got " + program);
        }
        if (channel < 0 || channel > 15) {
            throw new IllegalArgumentException("MIDI channel must be 0..15, got " + channel);
        }
        if ((role == TrackRole.DRUMS) != (channel == DRUM_CHANNEL)) {
            throw new IllegalArgumentException("drums, and only drums, play on channel 10 (index 9): " + name);
        }
        notes = List.copyOf(notes);
    }

    public boolean isDrums() {
        return role == TrackRole.DRUMS;
    }
}
