// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riffwire.notes.abc.Abc.body;
import static org.riffwire.notes.abc.Abc.parse;
import static org.riffwire.notes.abc.Abc.pitches;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;

class AbcPitchTest {
    @Test
    void lettersAndOctaveMarks() {
        assertEquals(List.of(60, 62, 64, 65, 67, 69, 71, 72, 84, 48, 36, 96, 59),
                pitches(body("C", "C D E F G A B c c' C, C,, c'' B,")));
    }

    @Test
    void accidentals() {
        assertEquals(List.of(61, 61, 61, 61, 65, 62, 69), pitches(body("C", "^C C _D D =F ^^C __B")));
    }

    @Test
    void accidentalLastsToTheBarLine() {
        assertEquals(List.of(61, 61, 60, 61), pitches(body("C", "^C C | C ^C|")));
    }

    @Test
    void accidentalHoldsInEveryOctaveByDefault() {
        assertEquals(List.of(61, 73, 61, 49, 60), pitches(body("C", "^C c C C, | C")));
    }

    @Test
    void propagateAccidentalsDirectiveNarrowsTheReach() {
        assertEquals(List.of(61, 72, 61, 48),
                pitches(parse("X:1\n%%propagate-accidentals octave\nL:1/8\nK:C\n^C c C C,|")));
        assertEquals(List.of(61, 60, 73, 72),
                pitches(parse("X:1\nL:1/8\nK:C\n%%propagate-accidentals not\n^C C ^c c|")));
    }

    @Test
    void octaveAndTransposeSettingsMoveTheSound() {
        assertEquals(List.of(48, 50, 60), pitches(parse("X:1\nL:1/8\nK:C octave=-1\nCDc|")));
        assertEquals(List.of(58, 60, 70), pitches(parse("X:1\nL:1/8\nK:C transpose=-2\nCDc|")));
        assertEquals(List.of(60, 48, 50), pitches(parse("X:1\nL:1/8\nK:C\nC|[K:bass octave=-1]C D|")));
        assertEquals(List.of(55, 57), pitches(parse("X:1\nL:1/8\nV:1 clef=treble transpose=-5\nK:C\nCD|")));
    }

    @Test
    void bareClefNamesKeepTheKey() {
        assertEquals(List.of(66, 66), pitches(parse("X:1\nL:1/8\nK:G\nF|[K:bass]F|")));
        assertEquals(List.of(60, 62), pitches(parse("X:1\nL:1/8\nK:bass\nCD|")));
        assertEquals(List.of(62, 66), pitches(parse("X:1\nL:1/8\nK:D clef=alto\nDF|")));
        assertEquals(List.of(66), pitches(parse("X:1\nL:1/8\nK:G treble-8\nF|")));
    }

    @Test
    void naturalSignCancelsTheKeySignatureForTheBar() {
        assertEquals(List.of(66, 78, 65, 65, 66), pitches(body("G", "F f =F F | F")));
    }

    @Test
    void tiedNoteKeepsItsAccidentalAcrossTheBar() {
        AbcTune tune = body("C", "^C2-|C2 C");
        assertEquals(List.of(61, 60), pitches(tune));
        assertEquals(4 * Abc.EIGHTH, tune.notes().get(0).durationTicks());
    }

    @ParameterizedTest(name = "K:{0}")
    @CsvSource({
        "D,       2, MAJOR,      F C G B,  66 61 67 71",
        "Bb,      10, MAJOR,     B E A F,  70 63 69 65",
        "Dm,      2, MINOR,      B F C E,  70 65 60 64",
        "Dmin,    2, MINOR,      B F C E,  70 65 60 64",
        "Dmaj,    2, MAJOR,      B F C E,  71 66 61 64",
        "Ador,    9, DORIAN,     F C G B,  66 60 67 71",
        "Dmix,    2, MIXOLYDIAN, F C G B,  66 60 67 71",
        "Dphr,    2, PHRYGIAN,   E B A F,  63 70 69 65",
        "Dlyd,    2, LYDIAN,     F C G A,  66 61 68 69",
        "Dloc,    2, LOCRIAN,    E B A G,  63 70 68 67",
        "Daeo,    2, MINOR,      B F C E,  70 65 60 64",
        "A minor, 9, MINOR,      F C G B,  65 60 67 71",
        "Em,      4, MINOR,      F C D B,  66 60 62 71",
        "F#m,     6, MINOR,      F C G D,  66 61 68 62",
        "Eb,      3, MAJOR,      B E A D,  70 63 68 62",
        "C#,      1, MAJOR,      B E C F,  72 65 61 66",
    })
    void keySignaturesAndModes(String key, int tonic, Mode mode, String notes, String expected) {
        AbcTune tune = body(key, notes);
        assertEquals(new Key(tonic, mode), tune.key());
        assertTrue(tune.keyStated());
        assertEquals(ints(expected), pitches(tune));
    }

    @ParameterizedTest
    @CsvSource({"none", "HP", "Hp"})
    void keylessSignaturesReadAsCMajorWithANote(String key) {
        AbcTune tune = body(key, "F C B");
        assertEquals(new Key(0, Mode.MAJOR), tune.key());
        assertFalse(tune.keyStated());
        assertEquals(List.of(65, 60, 71), pitches(tune));
        assertFalse(tune.warnings().isEmpty());
    }

    @Test
    void explicitKeyAccidentalsJoinTheSignature() {
        assertEquals(List.of(66, 61, 68), pitches(body("D ^g", "F C G")));
        assertEquals(List.of(65, 60, 68), pitches(body("D exp ^g", "F C G")));
    }

    @Test
    void clefSettingsDoNotChangePitches() {
        assertEquals(List.of(66, 48), pitches(body("G clef=bass middle=d", "F C,")));
    }

    @Test
    void bodyWithoutHeadersIsReadInCMajor() {
        AbcTune tune = parse("CDEF GABc|");
        assertEquals(List.of(60, 62, 64, 65, 67, 69, 71, 72), pitches(tune));
        assertEquals(new Key(0, Mode.MAJOR), tune.key());
        assertFalse(tune.keyStated());
        assertEquals(480, tune.notes().get(0).durationTicks());
    }

    private static List<Integer> ints(String spaced) {
        return java.util.Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
