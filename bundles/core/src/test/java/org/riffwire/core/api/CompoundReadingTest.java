// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** analyze explains a pulse as a compound meter would count it. */
class CompoundReadingTest {
    @Test
    void aFastPulseIsHalvedToTheDottedBeatAndTheWrittenTempoFollows() {
        String jig = TextReports.compoundReading(219.9);
        assertTrue(jig.contains("110 dotted-quarter beats") && jig.contains("written as 165 bpm"), jig);
        String slow = TextReports.compoundReading(72);
        assertTrue(slow.contains("72 dotted-quarter beats") && slow.contains("written as 108 bpm"), slow);
    }
}
