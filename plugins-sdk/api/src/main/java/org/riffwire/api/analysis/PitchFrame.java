// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

/** One frame of a pitch track: time in seconds, frequency in Hz (0 when unvoiced) and the detector's confidence. */
public record PitchFrame(double seconds, double hertz, double probability) {
    public boolean isVoiced() {
        return hertz > 0;
    }
}
