// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.riffwire.api.music.Note;

/**
 * Writes a melody bar by bar over planned chords. Mostly stepwise within the allowed pitches, chord tones on
 * strong beats, a long note at each phrase end that lands on a stable tone (the tonic at authentic cadences, a
 * tone of the dominant at half cadences). The first phrase's material returns in the third (an AABA-like shape).
 */
final class MelodyWriter {
    private final Frame frame;
    private final List<Chord> chords;
    private final PitchSpace space;
    private final Set<Integer> allowed;
    private final int tonic;
    private final Style style;
    private final double arousal;
    private final double busyness;
    private final int velocity;
    private final Random random;

    MelodyWriter(Frame frame, List<Chord> chords, PitchSpace space, Set<Integer> allowed, int tonic, Style style,
            double arousal, double busyness, int velocity, Random random) {
        this.frame = frame;
        this.chords = chords;
        this.space = space;
        this.allowed = allowed;
        this.tonic = tonic;
        this.style = style;
        this.arousal = arousal;
        this.busyness = busyness;
        this.velocity = velocity;
        this.random = random;
    }

    private record Bar(List<Note> notes, int lastIndex) {
    }

    /**
     * Writes bars {@code firstBar} to the end, continuing from pitch {@code startPitch}. The first bar may start
     * late, at {@code firstTick}, when an explicit opening ends inside it.
     */
    List<Note> write(int firstBar, long firstTick, int startPitch) {
        List<Note> notes = new ArrayList<>();
        int index = space.nearestIndex(startPitch);
        List<List<Note>> phraseA = null;
        for (int phraseStart = firstBar; phraseStart < frame.bars; phraseStart += 4) {
            int phraseNumber = (phraseStart - firstBar) / 4;
            int phraseEnd = Math.min(frame.bars, phraseStart + 4);
            boolean reprise = phraseA != null && phraseNumber % 4 == 3;
            List<List<Note>> phrase = new ArrayList<>();
            for (int bar = phraseStart; bar < phraseEnd; bar++) {
                boolean lastOfPhrase = bar == phraseEnd - 1;
                int inPhrase = bar - phraseStart;
                List<Note> written;
                if (reprise && !lastOfPhrase && fits(phraseA.get(inPhrase), bar)) {
                    written = shift(phraseA.get(inPhrase), frame.barStart(bar) - frame.barStart(firstBar + inPhrase));
                    index = space.nearestIndex(written.get(written.size() - 1).pitch());
                } else {
                    long start = bar == firstBar ? firstTick : frame.barStart(bar);
                    Bar b = writeBar(bar, start, index, lastOfPhrase, bar == frame.bars - 1, phraseNumber);
                    written = b.notes();
                    index = b.lastIndex();
                }
                phrase.add(written);
                notes.addAll(written);
            }
            if (phraseA == null && phraseEnd - phraseStart == 4 && firstTick == frame.barStart(firstBar)) {
                phraseA = phrase;
            }
        }
        return notes;
    }

    /** A remembered bar can return only over the same chord, so its strong-beat notes stay chord tones. */
    private boolean fits(List<Note> remembered, int bar) {
        if (remembered.isEmpty()) {
            return false;
        }
        int sourceBar = (int) (remembered.get(0).startTick() / frame.barTicks);
        return chords.get(sourceBar).equals(chords.get(bar));
    }

    private static List<Note> shift(List<Note> notes, long by) {
        List<Note> out = new ArrayList<>();
        for (Note n : notes) {
            out.add(new Note(n.pitch(), n.startTick() + by, n.durationTicks(), n.velocity()));
        }
        return out;
    }

    private Bar writeBar(int bar, long start, int index, boolean phraseEnd, boolean finalBar, int phraseNumber) {
        List<Note> notes = new ArrayList<>();
        Chord chord = chords.get(bar);
        long barStart = frame.barStart(bar);
        long barEnd = frame.barEnd(bar);
        if (phraseEnd) {
            // Cadence: at most one approach note, then a long stable tone to the end of the bar (or the piece).
            long t = start;
            if (start == barStart && frame.beats.length > 1 && random.nextDouble() < 0.6) {
                int len = frame.beatLength(0);
                index = step(index, chord, true);
                notes.add(note(space.get(index), t, len, bar, 0));
                t += len;
            }
            int target = cadenceTarget(chord, finalBar);
            index = landOn(index, target);
            long end = finalBar ? frame.lengthTicks : barEnd;
            if (!finalBar && random.nextDouble() < 0.35 && end - t > frame.beatLength(0)) {
                end -= frame.beatLength(frame.beats.length - 1); // a breath before the next phrase
            }
            if (end > t) {
                notes.add(note(space.get(index), t, end - t, bar, t == barStart ? 0 : 1, finalBar));
            }
            return new Bar(notes, index);
        }
        for (int beat = 0; beat < frame.beats.length; beat++) {
            long beatStart = barStart + frame.beats[beat];
            int beatLength = frame.beatLength(beat);
            if (beatStart + beatLength <= start) {
                continue;
            }
            int[] cell = cell(beatLength, phraseNumber);
            long t = beatStart;
            for (int k = 0; k < cell.length; k++) {
                int len = cell[k];
                if (t >= start) {
                    boolean strong = k == 0 && frame.isStrongBeat(beat);
                    index = step(index, chord, strong);
                    notes.add(note(space.get(index), t, len, bar, strong ? 0 : k == 0 ? 1 : 2));
                }
                t += len;
            }
        }
        return new Bar(notes, index);
    }

    /** Durations that fill one beat; busier as the piece's busyness rises, and in every third phrase of four. */
    private int[] cell(int beatLength, int phraseNumber) {
        double busy = Math.max(0.1, Math.min(0.9, busyness + (phraseNumber % 4 == 2 ? 0.1 : 0)));
        double r = random.nextDouble();
        int half = beatLength / 2;
        if (beatLength % 3 == 0 && beatLength >= 1440) {
            int third = beatLength / 3;
            if (r < 1 - busy - 0.25) {
                return new int[] {beatLength};
            }
            return r < 1 - busy ? new int[] {2 * third, third} : new int[] {third, third, third};
        }
        if (r < 1 - busy - 0.2) {
            return new int[] {beatLength};
        }
        if (r < 1 - busy + 0.15 || beatLength < 480) {
            return style.swing() && beatLength == 960 ? new int[] {640, 320} : new int[] {half, half};
        }
        if (r < 1 - busy + 0.3) {
            return new int[] {half + half / 2, half / 2};
        }
        return new int[] {half, half / 2, half / 2};
    }

    /** Mostly a step, sometimes a third, rarely a leap that is then recovered; chord tones on strong beats. */
    private int step(int index, Chord chord, boolean strong) {
        double r = random.nextDouble();
        int center = space.size() / 2;
        int towardCenter = Integer.compare(center, index);
        int direction = random.nextDouble() < 0.5 + 0.15 * towardCenter ? 1 : -1;
        int next;
        if (r < 0.62) {
            next = index + direction;
        } else if (r < 0.85) {
            next = index + 2 * direction;
        } else if (r < 0.93) {
            next = index;
        } else {
            next = index + 3 * direction;
        }
        next = Math.max(0, Math.min(space.size() - 1, next));
        if (strong) {
            for (int d : new int[] {0, 1, -1, 2, -2}) {
                int i = next + d;
                if (i >= 0 && i < space.size() && chord.contains(space.get(i))) {
                    return i;
                }
            }
        }
        return next;
    }

    private int cadenceTarget(Chord chord, boolean finalBar) {
        if (finalBar || chord.degree() == 0) {
            return tonic;
        }
        // On the dominant, its fifth (the second degree) or root: a question the next phrase answers.
        return chord.pitchClasses().size() > 2 ? chord.pitchClasses().get(2) : chord.root();
    }

    /** The index of the nearest pitch of class {@code pc}, else of any chord-independent allowed pitch. */
    private int landOn(int index, int pc) {
        int pitch = space.nearestOfClass(pc, space.get(index));
        return pitch < 0 ? index : space.nearestIndex(pitch);
    }

    private Note note(int pitch, long start, long length, int bar, int accent) {
        return note(pitch, start, length, bar, accent, false);
    }

    private Note note(int pitch, long start, long length, int bar, int accent, boolean last) {
        Chord chord = chords.get(bar);
        // A scale tone a semitone under a chord tone that the scale lacks (the minor mode's leading tone) would
        // clash with the harmony: take the chord's tone instead.
        if (!chord.contains(pitch) && chord.contains(pitch + 1) && allowed.contains((pitch + 1) % 12)) {
            pitch = pitch + 1;
        }
        double legato = arousal > 0.4 ? 0.8 : arousal < -0.3 ? 1.0 : 0.92;
        long sounding = last ? length : Math.max(1, Math.round(length * legato));
        int v = velocity + (accent == 0 ? 8 : accent == 1 ? 3 : 0) + random.nextInt(7) - 3;
        return new Note(pitch, start, sounding, Math.max(1, Math.min(127, v)));
    }
}
