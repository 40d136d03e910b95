// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.Strength;

/** Whole prompts as users type them. */
class PromptScenarioTest {

    @Test
    void gentleFolkSongWithANoteListHasNoKey() {
        Read r = Read.prompt("a gentle folk song that only uses A, B, C#, F#, and G, at 100 bpm, 20 seconds, "
                + "for flute and acoustic guitar");
        assertEquals(100.0, r.explicit(SpecField.TEMPO));
        assertEquals(List.of("at 100 bpm"), r.explicitValue(SpecField.TEMPO).provenance().words());
        assertEquals(Length.ofSeconds(20), r.explicit(SpecField.LENGTH));
        assertEquals(List.of(73, 25), r.programs());
        assertEquals("folk", r.explicit(SpecField.GENRE));
        assertFalse(r.has(SpecField.TONIC), r::toString);
        assertFalse(r.hasExplicit(SpecField.MODE), r::toString);
        assertEquals(Dynamics.P, r.inferred(SpecField.DYNAMICS));
        assertEquals(List.of("gentle"), r.bestInferred(SpecField.DYNAMICS).get().provenance().words());
    }

    @Test
    void waltzInAIsAMajorInThreeFour() {
        Read r = Read.prompt("a waltz in A");
        assertEquals(9, r.explicit(SpecField.TONIC));
        assertEquals(Mode.MAJOR, r.explicit(SpecField.MODE));
        assertEquals(new Meter(3, 4), r.inferred(SpecField.METER));
        assertEquals(0.9, r.inferredConfidence(SpecField.METER), 1e-9);
        assertEquals("waltz", r.explicit(SpecField.GENRE));
    }

    @Test
    void lofiHipHopBeat() {
        Read r = Read.prompt("lofi hip hop beat in F#m at 84bpm");
        assertEquals("lofi hip hop", r.explicit(SpecField.GENRE));
        assertEquals(6, r.explicit(SpecField.TONIC));
        assertEquals(Mode.MINOR, r.explicit(SpecField.MODE));
        assertEquals(84.0, r.explicit(SpecField.TEMPO));
        assertEquals(true, r.explicit(SpecField.DRUMS));
    }

    @Test
    void stringQuartetInDMajor() {
        Read r = Read.prompt("string quartet in D major, 16 bars");
        assertEquals(List.of(40, 40, 41, 42), r.programs());
        assertEquals(2, r.explicit(SpecField.TONIC));
        assertEquals(Mode.MAJOR, r.explicit(SpecField.MODE));
        assertEquals(Length.ofBars(16), r.explicit(SpecField.LENGTH));
    }

    @Test
    void drumAndBassIsAGenreNotABassGuitar() {
        Read r = Read.prompt("drum and bass at 174 bpm");
        assertEquals("drum and bass", r.explicit(SpecField.GENRE));
        assertEquals(174.0, r.explicit(SpecField.TEMPO));
        assertFalse(r.hasExplicit(SpecField.INSTRUMENTS), r::toString);
        assertFalse(r.hasExplicit(SpecField.DRUMS), r::toString);
        assertEquals(true, r.inferred(SpecField.DRUMS));
    }

    @Test
    void jigForFiddleAndTinWhistle() {
        Read r = Read.prompt("a jig for fiddle and tin whistle");
        assertEquals("jig", r.explicit(SpecField.GENRE));
        assertEquals(new Meter(6, 8), r.inferred(SpecField.METER));
        assertEquals(List.of(40, 78), r.programs());
        assertEquals(false, r.inferred(SpecField.DRUMS));
    }

    @Test
    void sevenEightWithNoDrums() {
        Read r = Read.prompt("in 7/8 with no drums");
        assertEquals(new Meter(7, 8), r.explicit(SpecField.METER));
        assertEquals(false, r.explicit(SpecField.DRUMS));
        assertEquals(List.of("no drums"), r.explicitValue(SpecField.DRUMS).provenance().words());
        assertFalse(r.has(SpecField.TONIC));
    }

    @Test
    void bFlatMajorMarchForBrass() {
        Read r = Read.prompt("B flat major march for brass");
        assertEquals(10, r.explicit(SpecField.TONIC));
        assertEquals(Mode.MAJOR, r.explicit(SpecField.MODE));
        assertEquals("march", r.explicit(SpecField.GENRE));
        assertEquals(new Meter(2, 4), r.inferred(SpecField.METER));
        assertEquals(List.of(61), r.programs());
    }

    @Test
    void drumsAndNoDrumsAreBothKeptAndContradict() {
        Read r = Read.prompt("start with drums, then later no drums at all");
        assertEquals(2, r.values(SpecField.DRUMS, Strength.EXPLICIT).size());
        SpecConflictException e = assertThrows(SpecConflictException.class, () -> MusicSpec.merge(List.of(r.patch)));
        assertTrue(e.getMessage().contains("with drums") && e.getMessage().contains("no drums"), e.getMessage());
    }

    @Test
    void twoTemposContradict() {
        Read r = Read.prompt("start at 72 bpm and end at 140 bpm");
        assertEquals(2, r.values(SpecField.TEMPO, Strength.EXPLICIT).size());
        SpecConflictException e = assertThrows(SpecConflictException.class, () -> MusicSpec.merge(List.of(r.patch)));
        assertTrue(e.getMessage().contains("at 72 bpm") && e.getMessage().contains("at 140 bpm"), e.getMessage());
    }

    @Test
    void slowSadPianoPiece() {
        Read r = Read.prompt("a slow sad piano piece");
        assertEquals(Mode.MINOR, r.inferred(SpecField.MODE));
        assertFalse(r.hasExplicit(SpecField.MODE));
        assertTrue(r.inferred(SpecField.TEMPO) <= 80, r::toString);
        assertFalse(r.hasExplicit(SpecField.TEMPO));
        assertEquals(List.of(0), r.programs());
        assertTrue(r.inferred(SpecField.VALENCE) < 0);
    }

    @Test
    void statedValuesBeatGenreDefaultsInTheMerge() throws Exception {
        Read r = Read.prompt("a 4/4 waltz at 90 bpm with drums in E minor");
        MusicSpec spec = MusicSpec.merge(List.of(r.patch));
        assertEquals(Meter.COMMON, spec.meter().orElseThrow());
        assertEquals(90.0, spec.tempo().orElseThrow());
        assertEquals(true, spec.get(SpecField.DRUMS).orElseThrow());
        assertEquals(Mode.MINOR, spec.get(SpecField.MODE).orElseThrow());
        assertEquals("waltz", spec.get(SpecField.GENRE).orElseThrow());
    }

    @Test
    void aQuietDuoWithAllFieldsMerges() throws Exception {
        MusicSpec spec = MusicSpec.merge(List.of(Read.prompt(
                "A quiet, intimate piece for cello and piano in C minor, 2 minutes, 3/4 time").patch));
        assertEquals("C minor", spec.key().orElseThrow().toString());
        assertEquals(Length.ofSeconds(120), spec.get(SpecField.LENGTH).orElseThrow());
        assertEquals(new Meter(3, 4), spec.meter().orElseThrow());
        assertEquals(Dynamics.P, spec.get(SpecField.DYNAMICS).orElseThrow());
        assertEquals(2, spec.get(SpecField.INSTRUMENTS).orElseThrow().instruments().size());
    }

    @Test
    void abcNotationIsLeftToItsOwnInterpreter() {
        Read r = Read.prompt("Play this on the violin:\nX:1\nT:Tune in D\nM:6/8\nK:Am\n|:ABc dBA:|\n");
        assertEquals(List.of(40), r.programs());
        assertFalse(r.has(SpecField.TONIC));
        assertFalse(r.has(SpecField.METER));

        Read headerOnly = Read.prompt("a reel for flute\nK: G\nM: 3/4\nGABc");
        assertFalse(headerOnly.has(SpecField.TONIC));
        assertFalse(headerOnly.hasExplicit(SpecField.METER));

        Read fenced = Read.prompt("harp, 30 seconds ```\nin E minor at 200 bpm\n```");
        assertEquals(Length.ofSeconds(30), fenced.explicit(SpecField.LENGTH));
        assertFalse(fenced.has(SpecField.TONIC));
        assertFalse(fenced.hasExplicit(SpecField.TEMPO));

        Read inline = Read.prompt("piano, `in C` only");
        assertFalse(inline.has(SpecField.TONIC));
    }

    @Test
    void wordsAreRecordedAsTyped() {
        Read r = Read.prompt("Something In B Flat Minor At 72 BPM For Solo Cello");
        assertEquals(List.of("In B Flat Minor"), r.explicitValue(SpecField.TONIC).provenance().words());
        assertEquals(List.of("At 72 BPM"), r.explicitValue(SpecField.TEMPO).provenance().words());
        assertEquals(List.of("Cello"), r.explicitValue(SpecField.INSTRUMENTS).provenance().words());
    }

    @Test
    void emptyPatchForAPromptWithNothingMusical() {
        assertTrue(Read.prompt("hello there, how are you today?").patch.isEmpty());
    }

    @Test
    void proseAfterAClosingFenceIsRead() {
        Read r = Read.prompt("```\nX:1\nT:Reel\nK:G\n|:GABc dedB:|\n``` for cello at 80 bpm");
        assertEquals(List.of(42), r.programs());
        assertEquals(80.0, r.explicit(SpecField.TEMPO));
        assertFalse(r.has(SpecField.TONIC), r::toString);

        Read inline = Read.prompt("play `K:Am` on the flute, in E minor");
        assertEquals(List.of(73), inline.programs());
        assertEquals(4, inline.explicit(SpecField.TONIC));

        Read unclosed = Read.prompt("for harp ```X:1\nK:C\nin E minor at 200 bpm");
        assertEquals(List.of(46), unclosed.programs());
        assertFalse(unclosed.has(SpecField.TONIC));
        assertFalse(unclosed.hasExplicit(SpecField.TEMPO));
    }

    @Test
    void headerLikeProseWithoutAKeyFieldIsProse() {
        Read title = Read.prompt("T: my song, in A minor");
        assertEquals(9, title.explicit(SpecField.TONIC));
        assertEquals(Mode.MINOR, title.explicit(SpecField.MODE));
        assertEquals(90.0, Read.prompt("Q: what is a good tempo? 90 bpm").explicit(SpecField.TEMPO));
        assertEquals(List.of(73), Read.prompt("remember your ABC: a simple nursery tune for flute").programs());
    }

    @Test
    void anUnfencedTuneWithAKeyFieldRunsToTheEnd() {
        Read oneLine = Read.prompt("for violin: X:1 T:Jig M:6/8 L:1/8 K:D |:dAF dAF:|");
        assertEquals(List.of(40), oneLine.programs());
        assertFalse(oneLine.has(SpecField.METER), oneLine::toString);
        assertFalse(oneLine.has(SpecField.TONIC), oneLine::toString);

        Read headed = Read.prompt("a tune for flute\nT: Morning\nM: 3/4\nK: D\n|DFA dfa|");
        assertEquals(List.of(73), headed.programs());
        assertFalse(headed.has(SpecField.METER), headed::toString);
    }
}
