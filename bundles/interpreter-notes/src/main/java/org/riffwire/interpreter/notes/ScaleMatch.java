// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.PitchSet;

/**
 * A pitch set named as a scale or key colour ("pentatonic in A minor", "only white keys"), where it stands in the
 * prompt, and the tonic and mode it states (null when it states none).
 */
record ScaleMatch(int start, int end, PitchSet pitchSet, Integer tonic, Mode mode) {
    ScaleMatch withStart(int newStart) {
        return new ScaleMatch(newStart, end, pitchSet, tonic, mode);
    }
}
