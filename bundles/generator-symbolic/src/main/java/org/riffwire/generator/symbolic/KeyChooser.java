// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.Optional;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.PitchSet;

/**
 * Picks a key for a pitch set when the prompt named none: a tonic from the set, in the mode whose scale holds
 * most of the set and whose tonic triad the set can sound.
 */
final class KeyChooser {
    private KeyChooser() {
    }

    static Key choose(Optional<Integer> tonic, Mode preferredMode, PitchSet allowed) {
        if (tonic.isPresent()) {
            return new Key(tonic.get(), preferredMode);
        }
        Key best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int pc : allowed.pitchClasses()) {
            for (Mode mode : new Mode[] {preferredMode, Mode.MAJOR, Mode.MINOR}) {
                Key key = new Key(pc, mode);
                int inScale = 0;
                for (int p : allowed.pitchClasses()) {
                    if (key.contains(p)) {
                        inScale++;
                    }
                }
                int triad = (allowed.contains(key.degree(2)) ? 1 : 0) + (allowed.contains(key.degree(4)) ? 1 : 0);
                int score = inScale * 4 + triad * 3 + (mode == preferredMode ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = key;
                }
            }
        }
        return best;
    }
}
