// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.riffwire.api.music.Note;

/**
 * The rules' melody: chords planned in phrases (fixed where an opening or its chord symbols say), then a melody
 * written over them by {@link MelodyWriter}, continuing from the opening when there is one.
 */
final class RuleMelodySource implements MelodySource {
    private final String why;

    /** @param why why the rules write this melody, for the piece's metadata ("asked for"), or empty */
    RuleMelodySource(String why) {
        this.why = why;
    }

    @Override
    public Optional<Melody> write(Plan p, int draw) {
        Frame frame = p.frame();
        Opening opening = p.opening();
        Map<Integer, Chord> fixed = opening == null || p.soloOpening() ? Map.of() : fixedChords(opening, frame, p.planner());
        int firstPlanned = p.soloOpening() ? frame.soloBars : 0;
        List<Chord> chords = p.planner().plan(frame.bars, firstPlanned, fixed, new Random(p.seed() ^ 0x4A11L));

        List<Note> melody = new ArrayList<>();
        int firstBar = 0;
        long firstTick = 0;
        InstrumentRange range = p.range();
        int startPitch = (range.melodyLow() + range.melodyHigh()) / 2;
        if (opening != null) {
            melody.addAll(opening.notes());
            startPitch = opening.lastPitch();
            firstTick = p.soloOpening() ? (long) frame.soloBars * frame.barTicks : opening.endTick();
            firstBar = (int) (firstTick / frame.barTicks);
        } else {
            startPitch = new PitchSpace(p.allowed(), range.melodyLow(), range.melodyHigh()).nearestOfClass(p.key().tonic(), startPitch);
            if (startPitch < 0) {
                startPitch = (range.melodyLow() + range.melodyHigh()) / 2;
            }
        }
        if (firstTick < frame.lengthTicks && firstBar < frame.bars) {
            PitchSpace space = new PitchSpace(p.allowed(), range.melodyLow(), range.melodyHigh());
            MelodyWriter writer = new MelodyWriter(frame, chords, space, p.allowed(), p.key().tonic(), p.style(),
                    p.arousal(), p.busyness(), p.velocity(), new Random(p.seed() ^ 0x3E10D1L));
            melody.addAll(writer.write(firstBar, firstTick, startPitch));
        }
        return Optional.of(new Melody(melody, chords, "rules" + (why.isEmpty() ? "" : " (" + why + ")")));
    }

    /** Bars an explicit tune covers: its chord symbols where it has them, else the triad that fits its notes. */
    private static Map<Integer, Chord> fixedChords(Opening opening, Frame frame, HarmonyPlanner planner) {
        Map<Integer, Chord> fixed = new HashMap<>();
        int coveredBars = (int) Math.min(frame.bars, (opening.endTick() + frame.barTicks - 1) / frame.barTicks);
        Chord current = null;
        int markIndex = 0;
        List<Opening.ChordMark> marks = opening.chordMarks();
        for (int bar = 0; bar < coveredBars; bar++) {
            long start = frame.barStart(bar);
            while (markIndex < marks.size() && marks.get(markIndex).tick() < start + frame.barTicks / 2) {
                current = ChordSymbols.parse(marks.get(markIndex).symbol(), planner.allowed()).orElse(current);
                markIndex++;
            }
            if (current != null) {
                fixed.put(bar, current);
                continue;
            }
            fixed.put(bar, planner.bestFit(HarmonyPlanner.weights(opening.notes(), start, start + frame.barTicks),
                    bar == frame.bars - 1));
        }
        return fixed;
    }
}
