// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.riffwire.api.music.Note;

/**
 * The band under the melody: chord figures for chordal instruments, sustained chord tones for single-line
 * instruments, and bass lines. Every pitch comes from the bar's chord (or, for a walking bass, from the allowed
 * pitch classes), so a pitch-set constraint holds by construction. The last bar rings to the end of the piece.
 */
final class AccompanimentWriter {
    private final Frame frame;
    private final List<Chord> chords;
    private final Style style;
    private final int velocity;
    private final Random random;

    AccompanimentWriter(Frame frame, List<Chord> chords, Style style, int velocity, Random random) {
        this.frame = frame;
        this.chords = chords;
        this.style = style;
        this.velocity = velocity;
        this.random = random;
    }

    List<Note> chords(InstrumentRange range) {
        Voicing voicing = new Voicing(range.chordLow(), range.chordHigh());
        List<Note> notes = new ArrayList<>();
        for (int bar = frame.soloBars; bar < frame.bars; bar++) {
            List<Integer> pitches = voicing.next(chords.get(bar));
            long start = frame.barStart(bar);
            if (bar == frame.bars - 1) {
                for (int p : pitches) {
                    notes.add(note(p, start, frame.lengthTicks - start, 4));
                }
                continue;
            }
            switch (style.comping()) {
                case BLOCK -> hits(notes, pitches, start, new long[] {0}, new long[] {frame.barTicks * 97L / 100});
                case STRUM -> perBeat(notes, pitches, start, 0, 0.9);
                case OFFBEAT -> perBeat(notes, pitches, start, 0.5, 0.3);
                case WALTZ -> {
                    for (int b = 1; b < frame.beats.length; b++) {
                        hits(notes, pitches, start + frame.beats[b], new long[] {0}, new long[] {frame.beatLength(b) * 6L / 10});
                    }
                    if (frame.beats.length == 1) {
                        perBeat(notes, pitches, start, 0, 0.9);
                    }
                }
                case PULSE -> {
                    for (long t = 0; t < frame.barTicks; t += Frame.PPQ / 2) {
                        hits(notes, pitches, start + t, new long[] {0}, new long[] {Frame.PPQ / 4});
                    }
                }
                case COMP -> {
                    long beat = frame.beatLength(0);
                    long anticipation = frame.barTicks - beat / 2;
                    hits(notes, pitches, start, new long[] {0, anticipation},
                            new long[] {beat * 3 / 2, beat / 2 - 20});
                }
                case ARPEGGIO -> arpeggio(notes, pitches, start);
            }
        }
        return notes;
    }

    /**
     * Single-line instruments in the harmony hold one chord tone each: the first the root, the next the third,
     * then the fifth, so the harmony's foundation (and with it the key) is always sounded. Each voice moves to
     * the nearest pitch of its tone.
     */
    List<Note> sustainedVoice(InstrumentRange range, int voice) {
        PitchSpace space = new PitchSpace(java.util.Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), range.chordLow(), range.chordHigh());
        List<Note> notes = new ArrayList<>();
        int previous = (range.chordLow() + range.chordHigh()) / 2;
        for (int bar = frame.soloBars; bar < frame.bars; bar++) {
            Chord chord = chords.get(bar);
            int pc = chord.pitchClasses().get(voice % chord.pitchClasses().size());
            int pitch = space.nearestOfClass(pc, previous);
            long start = frame.barStart(bar);
            long end = frame.barEnd(bar);
            notes.add(note(pitch, start, bar == frame.bars - 1 ? end - start : (end - start) * 97 / 100, 1));
            previous = pitch;
        }
        return notes;
    }

    List<Note> bass(InstrumentRange range, java.util.Set<Integer> allowed) {
        PitchSpace space = new PitchSpace(allowed, range.bassLow(), range.bassHigh());
        List<Note> notes = new ArrayList<>();
        int previous = space.get(space.size() / 3);
        for (int bar = frame.soloBars; bar < frame.bars; bar++) {
            Chord chord = chords.get(bar);
            long start = frame.barStart(bar);
            int root = chordTone(space, chord, previous);
            if (bar == frame.bars - 1) {
                notes.add(note(root, start, frame.lengthTicks - start, 4));
                continue;
            }
            int fifth = space.nearestOfClass(chord.fifthOrRoot(), root + 5);
            if (fifth < 0) {
                fifth = root;
            }
            switch (style.bass()) {
                case HELD -> notes.add(note(root, start, frame.barTicks * 97L / 100, 4));
                case OOM -> notes.add(note(root, start, frame.beatLength(0) * 8L / 10, 4));
                case ROOT_FIFTH -> {
                    int mid = frame.beats.length / 2;
                    if (mid == 0) {
                        notes.add(note(root, start, frame.barTicks * 9L / 10, 4));
                    } else {
                        notes.add(note(root, start, frame.beats[mid] * 9L / 10, 4));
                        notes.add(note(fifth, start + frame.beats[mid], (frame.barTicks - frame.beats[mid]) * 9L / 10, 1));
                    }
                }
                case EIGHTHS -> {
                    for (long t = 0; t < frame.barTicks; t += Frame.PPQ / 2) {
                        notes.add(note(root, start + t, Frame.PPQ * 4L / 10, t == 0 ? 4 : 1));
                    }
                }
                case QUARTERS -> {
                    for (int b = 0; b < frame.beats.length; b++) {
                        notes.add(note(root, start + frame.beats[b], frame.beatLength(b) * 8L / 10, b == 0 ? 4 : 1));
                    }
                }
                case SYNCOPATED -> {
                    long beat = frame.beatLength(0);
                    notes.add(note(root, start, beat * 3 / 2 - 40, 4));
                    if (frame.barTicks > 2 * beat) {
                        notes.add(note(fifth, start + beat * 3 / 2, beat / 2, 1));
                        notes.add(note(root, start + 2 * beat, beat - 40, 2));
                    }
                }
                case WALKING -> walk(notes, space, chord, chords.get(bar + 1), root, start);
            }
            previous = root;
        }
        return notes;
    }

    /**
     * The bass's pitch for a chord: its root, else another of its tones, else (when the bass is limited to notes
     * outside the chord) the allowed pitch nearest the previous one.
     */
    private static int chordTone(PitchSpace space, Chord chord, int near) {
        int root = space.nearestOfClass(chord.root(), near);
        if (root >= 0) {
            return root;
        }
        for (int pc : chord.pitchClasses()) {
            int p = space.nearestOfClass(pc, near);
            if (p >= 0) {
                return p;
            }
        }
        return space.nearest(near);
    }

    /** Quarter notes from this root toward the next: chord tones, then a step into the next root. */
    private void walk(List<Note> notes, PitchSpace space, Chord chord, Chord next, int root, long start) {
        int target = space.nearestOfClass(next.root(), root);
        int pitch = root;
        for (int b = 0; b < frame.beats.length; b++) {
            if (b > 0) {
                boolean last = b == frame.beats.length - 1;
                int index = space.nearestIndex(pitch);
                int toward = Integer.compare(target, pitch);
                if (last && target >= 0) {
                    int approach = space.get(space.nearestIndex(target) - (toward >= 0 ? 1 : -1));
                    pitch = approach == target ? pitch : approach;
                } else {
                    int candidate = space.nearestOfClass(chord.pitchClasses().get(b % chord.pitchClasses().size()), pitch);
                    pitch = candidate >= 0 && candidate != pitch ? candidate
                            : space.get(index + (toward == 0 ? (random.nextBoolean() ? 1 : -1) : toward));
                }
            }
            notes.add(note(pitch, start + frame.beats[b], frame.beatLength(b) * 9L / 10, b == 0 ? 4 : 1));
        }
    }

    private void perBeat(List<Note> notes, List<Integer> pitches, long barStart, double offsetFraction, double lengthFraction) {
        for (int b = 0; b < frame.beats.length; b++) {
            long len = frame.beatLength(b);
            long offset = Math.round(len * offsetFraction);
            hits(notes, pitches, barStart + frame.beats[b] + offset, new long[] {0},
                    new long[] {Math.max(1, Math.round(len * lengthFraction))});
        }
    }

    private void arpeggio(List<Note> notes, List<Integer> pitches, long barStart) {
        int step = Frame.PPQ / 2;
        List<Integer> order = new ArrayList<>(pitches);
        for (int i = pitches.size() - 2; i > 0; i--) {
            order.add(pitches.get(i));
        }
        int k = 0;
        for (long t = 0; t < frame.barTicks; t += step, k++) {
            long len = Math.min(step * 2L, frame.barTicks - t);
            notes.add(note(order.get(k % order.size()), barStart + t, len, t == 0 ? 4 : 0));
        }
    }

    private void hits(List<Note> notes, List<Integer> pitches, long at, long[] offsets, long[] lengths) {
        for (int i = 0; i < offsets.length; i++) {
            for (int p : pitches) {
                notes.add(note(p, at + offsets[i], lengths[i], i == 0 ? 2 : 0));
            }
        }
    }

    private Note note(int pitch, long start, long length, int accent) {
        int v = velocity + accent + random.nextInt(5) - 2;
        return new Note(pitch, start, Math.max(1, length), Math.max(1, Math.min(127, v)));
    }
}
