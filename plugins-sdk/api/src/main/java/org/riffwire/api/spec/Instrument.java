// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Objects;

import org.riffwire.api.music.TrackRole;

/**
 * A requested instrument: General MIDI program 0..127 and a display name. {@code role} is the part the prompt
 * gave it ("a cello bass line"), or null when the generator may choose.
 */
public record Instrument(int program, String name, TrackRole role) {
    public Instrument {
        if (program < 0 || program > 127) {
            throw new IllegalArgumentException("GM program must be 0..127, got " + program);
        }
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name + " (GM " + (program + 1) + ")" + (role == null ? "" : " as " + role.name().toLowerCase());
    }
}
