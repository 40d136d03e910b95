// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riffwire.notes.abc.Abc.body;
import static org.riffwire.notes.abc.Abc.durations;
import static org.riffwire.notes.abc.Abc.parse;
import static org.riffwire.notes.abc.Abc.pitches;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;

class AbcStructureTest {
    @Test
    void chords() {
        AbcTune tune = body("C", "[CEG]2 [c2e2g2] [CE]/ D");
        List<AbcNote> notes = tune.notes();
        assertEquals(List.of(60, 64, 67), notes.get(0).pitches());
        assertTrue(notes.get(0).isChord());
        assertEquals(List.of(960L, 960L, 240L, 480L), durations(tune));
        assertEquals(List.of(72, 76, 79), notes.get(1).pitches());
    }

    @Test
    void chordTakesItsFirstNotesLength() {
        assertEquals(List.of(960L, 1920L), durations(body("C", "[C2E] [C2E]2")));
    }

    @Test
    void chordNotesFollowTheKey() {
        assertEquals(List.of(62, 66, 69), body("D", "[DFA]").notes().get(0).pitches());
    }

    @Test
    void chordSymbolsSitAtTheirTime() {
        AbcTune tune = body("C", "\"Am\"A2 \"G7\"G2 | \"D/F#\"F>\"C\"E");
        List<AbcChordSymbol> symbols = tune.chordSymbols();
        assertEquals(List.of("Am", "G7", "D/F#", "C"), symbols.stream().map(AbcChordSymbol::symbol).toList());
        assertEquals(List.of(0L, 960L, 1920L, 2640L), symbols.stream().map(AbcChordSymbol::startTick).toList());
    }

    @Test
    void annotationsAreNotChordSymbols() {
        AbcTune tune = body("C", "\"^slowly\"C \"_below\"D \"<left\"E \">right\"F \"@free\"G \"G\"A");
        assertEquals(List.of("G"), tune.chordSymbols().stream().map(AbcChordSymbol::symbol).toList());
        assertEquals(6, pitches(tune).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "|: C D :| E;                 60 62 60 62 64",
        "C D :| E;                    60 62 60 62 64",
        "|: C [1 D :|[2 E |];         60 62 60 64",
        "|: C |1 D :|2 E |];          60 62 60 64",
        "|: C [1 D :| [2 E ||;        60 62 60 64",
        "|: C :: D :|;                60 60 62 62",
        "|: C :| |: D :|;             60 60 62 62",
        "|: C :|: D :|;               60 60 62 62",
        "C | D :|;                    60 62 60 62",
        "C || D :|;                   60 62 62",
        "C |] |: D :| E;              60 62 62 64",
        "|: C [1 D :|[2 E :|[3 F |];  60 62 60 64 60 65",
        "|: C [1,3 D :|[2 E :|;       60 62 60 64 60 62",
        "|: C D | E F :|[2 G|;        60 62 64 65 60 62 64 65 67",
        "[| C D |];                   60 62",
        "|: C :| D [1 E :|[2 F ||;    60 60 62 64 62 65",
        "|: C :| D |1 E :| F;         60 60 62 64 62 65",
        "|: C [1 D :|[2 E || F :|;    60 62 60 64 65 65",
        "C ||: D :|;                  60 62 62",
        "|: C [1 D :|;                60 62 60",
    })
    void repeatsAndEndingsPlayInOrder(String music, String expected) {
        assertEquals(ints(expected), pitches(body("C", music)));
    }

    @Test
    void repeatedNotesGetLaterTimes() {
        AbcTune tune = body("C", "|: C D :|");
        assertEquals(List.of(0L, 480L, 960L, 1440L), Abc.starts(tune));
    }

    @Test
    void chordSymbolsRepeatWithTheirBars() {
        AbcTune tune = body("C", "|: \"C\"C D :|");
        assertEquals(List.of(0L, 960L), tune.chordSymbols().stream().map(AbcChordSymbol::startTick).toList());
    }

    @Test
    void inlineKeyChange() {
        AbcTune tune = body("C", "F [K:G] F | F");
        assertEquals(List.of(65, 66, 66), pitches(tune));
        assertEquals(new Key(0, Mode.MAJOR), tune.key());
        assertTrue(tune.events().stream().anyMatch(e -> e instanceof AbcKeyChange k && k.key().tonic() == 7
                && k.startTick() == 480));
    }

    @Test
    void inlineUnitLengthChange() {
        assertEquals(List.of(480L, 240L, 240L), durations(body("C", "C [L:1/16] C | C")));
    }

    @Test
    void inlineMeterChange() {
        AbcTune tune = body("C", "C [M:3/4] Z|");
        assertEquals(List.of(480L, 2880L), durations(tune));
        assertEquals(new Meter(4, 4), tune.meter());
        assertTrue(tune.events().stream().anyMatch(e -> e instanceof AbcMeterChange m
                && m.meter().equals(new Meter(3, 4))));
    }

    @Test
    void inlineTempoChange() {
        AbcTune tune = body("C", "C [Q:1/4=100] D");
        assertTrue(tune.events().contains(new AbcTempoChange(480, 100.0)));
    }

    @Test
    void fieldLinesInTheBody() {
        AbcTune tune = body("C", "F F|\nK:D\nF C|\nL:1/4\nC|\nM:3/4\nP:B\nw: some lyrics\nC|");
        assertEquals(List.of(65, 65, 66, 61, 61, 61), pitches(tune));
        assertEquals(List.of(480L, 480L, 480L, 480L, 960L, 960L), durations(tune));
    }

    @ParameterizedTest(name = "Q:{0}")
    @CsvSource(delimiter = ';', value = {
        "120;                 60.0",
        "1/4=120;             120.0",
        "3/8=80;              120.0",
        "\"Allegro\" 1/4=120;   120.0",
        "1/8=120;             60.0",
        "1/4 1/8=40;          60.0",
        "1/2=60;              120.0",
    })
    void tempoForms(String q, double quarterNotesPerMinute) {
        assertEquals(quarterNotesPerMinute, parse("X:1\nL:1/8\nQ:" + q + "\nK:C\nC").tempo(), 1e-9);
    }

    @Test
    void tempoInUnitLengthsUsesTheFinalUnitLength() {
        assertEquals(120.0, parse("X:1\nQ:120\nL:1/4\nK:C\nC").tempo(), 1e-9);
    }

    @Test
    void tempoWithOnlyWordsIsNone() {
        assertNull(parse("X:1\nQ:\"Allegro\"\nK:C\nC").tempo());
        assertNull(parse("X:1\nK:C\nC").tempo());
    }

    @Test
    void headerFields() {
        AbcTune tune = parse("""
                %abc-2.1
                %%pagewidth 21cm
                X:7
                T:The Title
                T:Second title
                C:Trad.
                R:reel
                S:a book
                N:a note
                Z:someone
                O:Ireland
                B:Book
                D:record
                H:history
                I:linebreak $
                M:6/8 % a comment
                L:1/8
                K:Em
                EFG|
                """);
        assertEquals("The Title", tune.title());
        assertEquals(new Meter(6, 8), tune.meter());
        assertEquals(new Key(4, Mode.MINOR), tune.key());
        assertEquals("6/8", tune.header('M').orElseThrow());
        assertEquals("Em", tune.header('K').orElseThrow());
        assertEquals("Trad.", tune.header('C').orElseThrow());
        assertEquals(List.of(64, 66, 67), pitches(tune));
    }

    @Test
    void headersWithoutXMayOmitTheKey() {
        AbcTune tune = parse("M:3/4\nL:1/4\nGAB|");
        assertEquals(new Meter(3, 4), tune.meter());
        assertEquals(List.of(960L, 960L, 960L), durations(tune));
        assertTrue(!tune.keyStated());
    }

    @Test
    void decorationsSlursAndGraceNotesAreSkipped() {
        AbcTune tune = body("C", "!trill!C .D ~E HF uG vA +fermata+B (cde) {ga}f {/g}e TL M O P S d [!f!CE] !>!c");
        assertEquals(List.of(60, 62, 64, 65, 67, 69, 71, 72, 74, 76, 77, 76, 74, 60, 72), pitches(tune));
    }

    @Test
    void userDefinedDecorationLetter() {
        assertEquals(List.of(60), pitches(parse("X:1\nU:W = !fermata!\nK:C\nWC")));
    }

    @Test
    void oldPlusChordMarkerIsSkipped() {
        assertEquals(List.of(67, 71), body("G", "[+GB]").notes().get(0).pitches());
    }

    @Test
    void lineContinuationAndSpacers() {
        AbcTune tune = body("C", "C D \\\nE F y `G`A\n\nB");
        assertEquals(List.of(60, 62, 64, 65, 67, 69, 71), pitches(tune));
    }

    @Test
    void onlyTheFirstVoiceIsRead() {
        AbcTune tune = parse("X:1\nM:4/4\nL:1/4\nV:T clef=treble\nV:B clef=bass\nK:C\nV:T\nCDEF|\nV:B\nC,D,E,F,|\n"
                + "V:T\nGABc|\n[V:B] G,A,B,C|");
        assertEquals(List.of(60, 62, 64, 65, 67, 69, 71, 72), pitches(tune));
    }

    @Test
    void inlineVoiceSwitch() {
        AbcTune tune = parse("X:1\nK:C\n[V:1] CD|\n[V:2] EF|\n[V:1] GA|");
        assertEquals(List.of(60, 62, 67, 69), pitches(tune));
    }

    @Test
    void voiceOverlayIsSkipped() {
        assertEquals(List.of(60, 62, 64), pitches(body("C", "C D & E, F, | E")));
    }

    @Test
    void theTuneEndsAtTheNextX() {
        AbcTune tune = parse("X:1\nT:One\nK:C\nCDE|\n\nX:2\nT:Two\nK:G\nGAB|");
        assertEquals("One", tune.title());
        assertEquals(List.of(60, 62, 64), pitches(tune));
    }

    @Test
    void escapedPercentIsNotAComment() {
        assertEquals("100% pure", parse("X:1\nT:100\\% pure\nK:C\nC").title().replace("\\", ""));
    }

    @Test
    void nottinghamStyleTune() {
        AbcTune tune = parse("""
                X:18
                T:The Five Wells
                P:ABA
                M:6/8
                L:1/8
                K:F
                P:A
                |:"F"F2A c2A|"Bb"Bcd "F"c2A|"Bb"Bcd "F"c2A|"G"AGF "C"G3|"F"F2A c2A|\\
                "Bb"Bcd "F"c2A|"Bb"def "F"c2A|"C"BAG "F" F3:|
                P:B
                "C"G2G c2B|ABG GFE|G2G c2B|ABF G3|
                """);
        // P:ABA: part A (8 bars, repeated), part B (4 bars), part A again.
        assertEquals((16 + 4 + 16) * 2880L, tune.lengthTicks());
        assertEquals(70, tune.notes().get(4).pitches().get(0));
        assertEquals("F", tune.chordSymbols().get(0).symbol());
    }

    @ParameterizedTest(name = "P:{0}")
    @CsvSource(delimiter = ';', value = {
        "ABA;          60 62 60",
        "AABB;         60 60 62 62",
        "A2B;          60 60 62",
        "(AB)2;        60 62 60 62",
        "((AB)2C)2;    60 62 60 62 64 60 62 60 62 64",
        "A.B.C;        60 62 64",
        "B;            62",
        "AD;           60",
    })
    void partOrderPlaysTheLabelledParts(String order, String expected) {
        AbcTune tune = parse("X:1\nP:" + order + "\nL:1/4\nK:C\nP:A\nC|\nP:B\nD|\nP:C\nE|\n");
        assertEquals(ints(expected), pitches(tune));
    }

    @Test
    void aPartRepeatsWithinItselfOnly() {
        AbcTune tune = parse("X:1\nP:AB\nL:1/4\nK:C\nP:A\n|:C:|\nP:B\nD:|\n");
        assertEquals(List.of(60, 60, 62, 62), pitches(tune));
    }

    @Test
    void partsPlayAsWrittenWithoutAnOrder() {
        assertEquals(List.of(60, 62), pitches(parse("X:1\nL:1/4\nK:C\nP:B\nC|\nP:A\nD|\n")));
    }

    @Test
    void aPartTheTuneLacksIsSkippedWithAWarning() {
        AbcTune tune = parse("X:1\nP:AZ\nL:1/4\nK:C\nP:A\nC|\n");
        assertTrue(tune.warnings().stream().anyMatch(w -> w.contains("part Z")), tune.warnings().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '%', value = {
        "C # D%        60 62",
        "C*D;E?F@G%    60 62 64 65 67",
        "C [?] D%      60 62",
    })
    void reservedCharactersAreIgnored(String music, String expected) {
        assertEquals(ints(expected), pitches(body("C", music)));
    }

    private static List<Integer> ints(String spaced) {
        return java.util.Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
