// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.List;

/**
 * Settles words that two lexicons both claim. Instrument and genre names overlap both ways ("classical guitar"
 * holds a genre, "drum and bass" an instrument), so neither reader may simply go first: the longer phrase wins,
 * and a tie keeps both ("jazz trio" is a genre and a line-up).
 */
final class PhraseArbiter {
    private PhraseArbiter() {
    }

    static <A> List<Phrase<A>> survivors(List<Phrase<A>> mine, List<? extends Phrase<?>> theirs) {
        List<Phrase<A>> kept = new ArrayList<>();
        for (Phrase<A> p : mine) {
            boolean beaten = false;
            for (Phrase<?> q : theirs) {
                if (q.overlaps(p) && q.size() > p.size()) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                kept.add(p);
            }
        }
        return kept;
    }
}
