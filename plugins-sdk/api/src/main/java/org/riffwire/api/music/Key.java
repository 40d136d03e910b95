// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

import java.util.Objects;

/** A tonic pitch class (0 = C) and a mode. */
public record Key(int tonic, Mode mode) {
    public Key {
        if (tonic < 0 || tonic > 11) {
            throw new IllegalArgumentException("tonic must be a pitch class 0..11, got " + tonic);
        }
        Objects.requireNonNull(mode, "mode");
    }

    /** Pitch class of scale degree {@code degree} (0 = tonic). */
    public int degree(int degree) {
        return Math.floorMod(tonic + mode.step(degree), 12);
    }

    /** True when the pitch class belongs to the key's scale. */
    public boolean contains(int pitchClass) {
        for (int d = 0; d < 7; d++) {
            if (degree(d) == Math.floorMod(pitchClass, 12)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sharps (positive) or flats (negative) of the key signature, -7..7, as written in MIDI key-signature
     * events and ABC K: fields.
     */
    public int sharps() {
        // Circle-of-fifths position of the major key on this tonic, folded into -5..6 (F# major, Db major).
        int majorSharps = Math.floorMod(tonic * 7 + 5, 12) - 5;
        int s = majorSharps + mode.sharpsRelativeToMajor();
        // Prefer the spelling with fewer accidentals: G# minor (5 sharps) rather than Ab minor (7 flats).
        if (s < -6) {
            s += 12;
        } else if (s > 6) {
            s -= 12;
        }
        return s;
    }

    public boolean prefersFlats() {
        return sharps() < 0;
    }

    @Override
    public String toString() {
        return PitchClass.name(tonic, prefersFlats()) + " " + mode.displayName();
    }
}
