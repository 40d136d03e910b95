// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Note;
import org.riffwire.api.spec.MusicSpec;

/**
 * Where a piece's melody comes from, with the chords under it: the rules ({@link RuleMelodySource}: chords
 * planned first, a melody written over them) or the learned model ({@link ModelMelodySource}: a tune sampled
 * first, chords fitted to it). Bass, voices, drums and orchestration are the arranger's either way.
 */
interface MelodySource {
    /** What every source needs to know of the piece. */
    record Plan(MusicSpec spec, Frame frame, Key key, Meter meter, HarmonyPlanner planner, Set<Integer> allowed,
            InstrumentRange range, Style style, double arousal, double busyness, Opening opening, boolean soloOpening,
            int velocity, long seed) {
    }

    /** A melody from the first bar to the last, the chords of every bar, and a word on how it was made. */
    record Melody(List<Note> notes, List<Chord> chords, String source) {
    }

    /**
     * Draw number {@code draw} (0 first; each draw another seed) of the melody, or empty when this source cannot
     * say this piece.
     */
    Optional<Melody> write(Plan plan, int draw) throws UnsatisfiableSpecException;
}
