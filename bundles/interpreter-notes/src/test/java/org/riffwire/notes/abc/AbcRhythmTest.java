// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riffwire.notes.abc.Abc.body;
import static org.riffwire.notes.abc.Abc.durations;
import static org.riffwire.notes.abc.Abc.parse;
import static org.riffwire.notes.abc.Abc.pitches;
import static org.riffwire.notes.abc.Abc.starts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.music.Meter;

class AbcRhythmTest {
    @Test
    void lengthMultipliers() {
        assertEquals(List.of(960L, 1440L, 240L, 240L, 120L, 720L, 120L, 720L, 480L),
                durations(body("C", "C2 C3 C/2 C/ C// C3/2 C/4 C3/ C")));
    }

    @Test
    void notesFollowEachOther() {
        assertEquals(List.of(0L, 480L, 1440L, 1680L), starts(body("C", "C D2 E/ F")));
    }

    @ParameterizedTest(name = "L:{0}")
    @CsvSource({"1/4, 960", "1/8, 480", "1/16, 240", "1/2, 1920", "1, 3840"})
    void unitLength(String unit, long ticks) {
        AbcTune tune = parse("X:1\nL:" + unit + "\nK:C\nC");
        assertEquals(ticks, tune.notes().get(0).durationTicks());
    }

    @ParameterizedTest(name = "M:{0}")
    @CsvSource({"2/4, 240", "3/8, 240", "5/8, 240", "3/4, 480", "4/4, 480", "6/8, 480", "C, 480", "C|, 480"})
    void defaultUnitLengthFollowsTheMeter(String meter, long ticks) {
        AbcTune tune = parse("X:1\nM:" + meter + "\nK:C\nC");
        assertEquals(ticks, tune.notes().get(0).durationTicks());
        assertEquals(ticks == 240 ? AbcFraction.SIXTEENTH : AbcFraction.EIGHTH, tune.unitLength());
    }

    @Test
    void meterForms() {
        assertEquals(new Meter(4, 4), parse("X:1\nM:C\nK:C\nC").meter());
        assertEquals(new Meter(2, 2), parse("X:1\nM:C|\nK:C\nC").meter());
        assertEquals(new Meter(7, 8), parse("X:1\nM:2+2+3/8\nK:C\nC").meter());
        assertEquals(null, parse("X:1\nM:none\nK:C\nC").meter());
        assertEquals(new Meter(6, 8), parse("X:1\nM:6/8\nK:C\nC").meter());
    }

    @Test
    void brokenRhythm() {
        assertEquals(List.of(720L, 240L, 240L, 720L), durations(body("C", "C>D E<F")));
        assertEquals(List.of(840L, 120L, 120L, 840L), durations(body("C", "C>>D E<<F")));
        assertEquals(List.of(900L, 60L), durations(body("C", "C>>>D")));
        assertEquals(List.of(0L, 720L, 960L), starts(body("C", "C>D E")));
    }

    @Test
    void brokenRhythmAppliesToChordsAndRests() {
        assertEquals(List.of(720L, 240L), durations(body("C", "[CE]>z")));
    }

    @Test
    void triplets() {
        AbcTune tune = body("C", "(3CDE F");
        assertEquals(List.of(320L, 320L, 320L, 480L), durations(tune));
        assertEquals(960L, tune.notes().get(3).startTick());
    }

    @Test
    void generalTuplets() {
        assertEquals(List.of(192L, 192L, 192L, 192L, 192L), durations(body("C", "(5CDEFG")));
        assertEquals(List.of(320L, 320L, 480L), durations(body("C", "(3:2:2 C D E")));
        assertEquals(List.of(320L, 320L, 320L), durations(body("C", "(3::3 CDE")));
        AbcTune compound = parse("X:1\nM:6/8\nL:1/8\nK:C\n(2CD (5CDEFG");
        assertEquals(List.of(720L, 720L, 288L, 288L, 288L, 288L, 288L), durations(compound));
    }

    @Test
    void tupletOfHalfNotes() {
        assertEquals(List.of(160L, 160L, 160L), durations(body("C", "(3C/D/E/")));
    }

    @Test
    void tiesJoinNotes() {
        AbcTune tune = body("C", "C2-C2 D | E4-|E2 F2");
        assertEquals(List.of(60, 62, 64, 65), pitches(tune));
        assertEquals(List.of(1920L, 480L, 2880L, 960L), durations(tune));
    }

    @Test
    void tieAfterASpaceStillTies() {
        assertEquals(List.of(2400L), durations(body("C", "c3 -c2")));
    }

    @Test
    void tieBetweenDifferentPitchesIsDropped() {
        assertEquals(List.of(480L, 480L), durations(body("C", "C-D")));
    }

    @Test
    void tiedChords() {
        AbcTune tune = body("C", "[CE]2-[CE]2 [c-e-][ce]");
        assertEquals(2, tune.notes().size());
        assertEquals(List.of(1920L, 960L), durations(tune));
        assertEquals(List.of(72, 76), tune.notes().get(1).pitches());
    }

    @Test
    void rests() {
        AbcTune tune = body("C", "z2 x C z/");
        assertEquals(List.of(960L, 480L, 480L, 240L), durations(tune));
        assertTrue(tune.notes().get(0).isRest());
        assertTrue(tune.notes().get(1).isRest());
        assertEquals(List.of(60), pitches(tune));
    }

    @Test
    void multiBarRests() {
        assertEquals(List.of(4L * 3840, 480L), durations(body("C", "Z4|C")));
        assertEquals(List.of(3840L, 480L), durations(body("C", "Z|C")));
        assertEquals(List.of(2L * 2880, 480L), durations(parse("X:1\nM:3/4\nL:1/8\nK:C\nZ2|C")));
        assertEquals(List.of(3840L, 480L), durations(body("C", "X|C")));
    }

    @Test
    void lengthOfTheTune() {
        assertEquals(4 * 480, body("C", "C D z E").lengthTicks());
    }
}
