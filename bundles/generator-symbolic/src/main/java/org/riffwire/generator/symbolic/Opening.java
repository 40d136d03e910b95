// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;

import org.riffwire.api.music.Note;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.NoteSequence;

/**
 * The notes a prompt spelled out, placed at the start of the melody. Notes without an octave take the one
 * nearest the previous note, within the instrument's range; notes with one (an ABC tune, "A4 B4 C#5") sound
 * exactly as written, even beyond the range, because the octave is part of what was asked. Notes without
 * durations get one felt beat each.
 */
record Opening(List<Note> notes, long endTick, int lastPitch, List<ChordMark> chordMarks) {

    /** A chord symbol written above the tune at a tick. */
    record ChordMark(long tick, String symbol) {
    }

    static Opening place(NoteSequence sequence, InstrumentRange range, int beatTicks, int velocity) {
        List<Note> notes = new ArrayList<>();
        List<ChordMark> marks = new ArrayList<>();
        long t = 0;
        int previous = (range.melodyLow() + range.melodyHigh()) / 2;
        for (ExplicitNote n : sequence.notes()) {
            long length = n.durationTicks() > 0 ? n.durationTicks() : beatTicks;
            if (n.chordSymbol() != null) {
                marks.add(new ChordMark(t, n.chordSymbol()));
            }
            int top = -1;
            for (int p : n.pitches()) {
                int pitch = n.octaveGiven() ? p : nearest(p, previous, range);
                notes.add(new Note(pitch, t, length, velocity));
                top = Math.max(top, pitch);
            }
            if (top >= 0) {
                previous = top;
            }
            t += length;
        }
        return new Opening(notes, t, previous, marks);
    }

    private static int nearest(int pitchClass, int near, InstrumentRange range) {
        int best = -1;
        for (int p = range.low(); p <= range.high(); p++) {
            if (p % 12 == pitchClass && (best < 0 || Math.abs(p - near) < Math.abs(best - near))) {
                best = p;
            }
        }
        return best;
    }
}
