// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Objects;

/**
 * One part a prompt wrote as a pattern: its instrument (null for drums) and its notes.
 *
 * @param instrument the instrument that plays it, or null when {@code drums}
 * @param drums      whether it is played on the drum channel (its notes are General MIDI drum sounds)
 * @since 2.2 (package version; API release 2.3.0)
 */
public record PatternPart(Instrument instrument, boolean drums, CyclePattern pattern) {
    public PatternPart {
        Objects.requireNonNull(pattern, "pattern");
        if (drums == (instrument != null)) {
            throw new IllegalArgumentException("a pattern part has an instrument or is drums, not both or neither");
        }
    }

    @Override
    public String toString() {
        return (drums ? "drums" : instrument.name()) + ": `" + pattern.source() + "`";
    }
}
