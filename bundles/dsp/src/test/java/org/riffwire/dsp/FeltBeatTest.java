// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The tempo check hears a groove at its written beat, in half or double time, or a compound meter's dotted beats. */
class FeltBeatTest {
    @Test
    void theWrittenBeatHalfAndDoubleTimeCountAndSayWhich() {
        assertEquals(Optional.of(""), SpecVerifier.feltBeat(121, 120, false));
        assertEquals(Optional.of("felt in half time"), SpecVerifier.feltBeat(61.5, 120, false));
        assertEquals(Optional.of("felt in double time"), SpecVerifier.feltBeat(176, 90, false));
        assertEquals(Optional.of("felt in dotted beats"), SpecVerifier.feltBeat(80, 120, true));
        assertEquals(Optional.of("felt in dotted beats, double time"), SpecVerifier.feltBeat(219.9, 165, true),
                "a 6/8 jig at 165 heard as a 220 pulse");
        assertEquals(Optional.empty(), SpecVerifier.feltBeat(80, 120, false), "two thirds is no felt beat in 4/4");
    }

    @Test
    void anotherTempoFails() {
        assertEquals(Optional.empty(), SpecVerifier.feltBeat(100, 120, false));
        assertEquals(Optional.empty(), SpecVerifier.feltBeat(135, 120, false));
        assertEquals(Optional.empty(), SpecVerifier.feltBeat(70, 120, false));
    }
}
