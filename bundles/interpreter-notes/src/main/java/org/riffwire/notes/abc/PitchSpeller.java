// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides the sounding pitch of a written note. A written accidental holds until the bar line for the notes the
 * {@link Propagation} names (by default the same letter in every octave, as ABC 2.1 §11.4 sets it); a note tied
 * from the previous bar keeps the pitch it was tied from; otherwise the key signature applies.
 */
final class PitchSpeller {
    private final Map<Integer, Integer> barAccidentals = new HashMap<>();
    private Map<Integer, Integer> tieCarry = Map.of();

    /**
     * @param natural  the MIDI number of the letter in its octave, without any alteration
     * @param letter   the letter index from C (0) to B (6)
     * @param explicit the written alteration in semitones, or null when none is written
     */
    int pitch(int natural, int letter, Integer explicit, KeySignature key, Propagation propagation) {
        // What an accidental is remembered by: its letter in every octave, or the letter in this octave.
        int reach = propagation == Propagation.PITCH ? letter : natural;
        if (explicit != null) {
            if (propagation != Propagation.NOT) {
                barAccidentals.put(reach, explicit);
            }
            return natural + explicit;
        }
        Integer carried = tieCarry.get(natural);
        if (carried != null) {
            return carried;
        }
        Integer inBar = propagation == Propagation.NOT ? null : barAccidentals.get(reach);
        return natural + (inBar != null ? inBar : key.alteration(letter));
    }

    /** How far a written accidental reaches within its bar: "%%propagate-accidentals not | octave | pitch". */
    enum Propagation {
        /** Only the note it is written on. */
        NOT,
        /** The same letter in the same octave. */
        OCTAVE,
        /** The same letter in every octave: ABC 2.1's default, and abc2midi's. */
        PITCH
    }

    void newBar() {
        barAccidentals.clear();
    }

    /** The sound just read is tied: its notes lend their pitches to the same letters of the next sound. */
    void tie(int[] naturals, int[] pitches) {
        Map<Integer, Integer> carry = new HashMap<>();
        for (int i = 0; i < naturals.length; i++) {
            carry.put(naturals[i], pitches[i]);
        }
        tieCarry = carry;
    }

    /** A sound has been read: a tie reaches only the next one. */
    void soundDone() {
        tieCarry = Map.of();
    }
}
