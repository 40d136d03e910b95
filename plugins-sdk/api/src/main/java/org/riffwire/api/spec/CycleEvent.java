// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

/**
 * One note of a pattern, placed in its cycle (a cycle is one bar): it starts {@code beginNumerator /
 * beginDenominator} of a cycle after the cycle's start and lasts {@code lengthNumerator / lengthDenominator}
 * cycles, which may reach past the cycle's end. Exact fractions, so a triplet or a quintuplet is where the
 * pattern puts it; {@code note} is a MIDI note number, a General MIDI drum sound on a drum part.
 *
 * @since 2.2 (package version; API release 2.3.0)
 */
public record CycleEvent(long beginNumerator, long beginDenominator, long lengthNumerator, long lengthDenominator,
        int note) {
    public CycleEvent {
        if (beginDenominator <= 0 || lengthDenominator <= 0) {
            throw new IllegalArgumentException("denominators must be positive");
        }
        if (beginNumerator < 0 || beginNumerator >= beginDenominator) {
            throw new IllegalArgumentException("an event starts inside its cycle: " + beginNumerator + "/" + beginDenominator);
        }
        if (lengthNumerator <= 0) {
            throw new IllegalArgumentException("an event lasts a positive time");
        }
        if (note < 0 || note > 127) {
            throw new IllegalArgumentException("MIDI notes are 0..127, got " + note);
        }
    }

    /** The start in ticks from the cycle's start, for a cycle of {@code cycleTicks}, rounded to the nearest tick. */
    public long beginTicks(long cycleTicks) {
        return Math.round((double) beginNumerator * cycleTicks / beginDenominator);
    }

    /** The length in ticks for a cycle of {@code cycleTicks}, rounded, at least one tick. */
    public long lengthTicks(long cycleTicks) {
        return Math.max(1, Math.round((double) lengthNumerator * cycleTicks / lengthDenominator));
    }
}
