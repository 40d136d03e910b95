// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

import java.util.List;
import java.util.Objects;

/**
 * A multi-track score at a single tempo. Times are ticks at {@link #ppq} ticks per quarter note;
 * {@code lengthTicks} is where the piece ends (its last release), which may lie after the last note start.
 * Tempo is in quarter notes per minute, as MIDI tempo events count it.
 */
public record Score(int ppq, double tempoBpm, Meter meter, Key key, List<Track> tracks, long lengthTicks) {
    /** The resolution Riffwire's own scores use: exact for triplets and quintuplets of every note value down to sixteenths. */
    public static final int PPQ = 960;

    public Score {
        if (ppq < 24) {
            throw new IllegalArgumentException("ppq must be at least 24, got " + ppq);
        }
        if (!(tempoBpm > 0)) {
            throw new IllegalArgumentException("tempo must be positive, got " + tempoBpm);
        }
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(key, "key");
        tracks = List.copyOf(tracks);
        if (lengthTicks < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
    }

    public double secondsPerTick() {
        return 60.0 / (tempoBpm * ppq);
    }

    public double lengthSeconds() {
        return lengthTicks * secondsPerTick();
    }
}
