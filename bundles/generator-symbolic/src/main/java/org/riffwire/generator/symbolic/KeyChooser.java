// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.Optional;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.PitchSet;

/**
 * Picks a key for a pitch set when the prompt named none: the key whose scale holds most of the set and whose
 * tonic triad the set can sound, a tonic in the set preferred; a tonic outside it needs the triad's other two tones.
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
        // Every tonic is a candidate, in the set or not: A B C# F# G is D major's, cadencing on F# and A.
        for (int pc = 0; pc < 12; pc++) {
            boolean sounded = allowed.contains(pc);
            for (Mode mode : new Mode[] {preferredMode, Mode.MAJOR, Mode.MINOR}) {
                Key key = new Key(pc, mode);
                int triad = (allowed.contains(key.degree(2)) ? 1 : 0) + (allowed.contains(key.degree(4)) ? 1 : 0);
                if (!sounded && triad < 2) {
                    continue;
                }
                int inScale = 0;
                for (int p : allowed.pitchClasses()) {
                    if (key.contains(p)) {
                        inScale++;
                    }
                }
                int score = inScale * 4 + triad * 3 + (sounded ? 2 : 0) + (mode == preferredMode ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = key;
                }
            }
        }
        return best;
    }
}
