// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.SpecField;

class MoodTest {

    @ParameterizedTest
    @ValueSource(strings = {"soft", "quiet", "gentle", "delicate", "tender", "calm", "peaceful", "soothing",
        "intimate"})
    void softWordsArePianoAndSlower(String word) {
        Read r = Read.prompt("a " + word + " melody");
        assertEquals(Dynamics.P, r.inferred(SpecField.DYNAMICS));
        assertEquals(0.7, r.inferredConfidence(SpecField.DYNAMICS), 1e-9);
        assertEquals(75.0, r.inferred(SpecField.TEMPO));
        assertEquals(0.5, r.inferredConfidence(SpecField.TEMPO), 1e-9);
        assertTrue(r.inferred(SpecField.AROUSAL) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"loud", "powerful", "aggressive", "intense", "energetic", "driving", "explosive", "epic",
        "fierce", "furious"})
    void loudWordsAreForteAndFaster(String word) {
        Read r = Read.prompt("an " + word + " track");
        assertEquals(Dynamics.F, r.inferred(SpecField.DYNAMICS));
        assertEquals(140.0, r.inferred(SpecField.TEMPO));
        assertEquals(0.7, r.inferred(SpecField.AROUSAL));
    }

    @ParameterizedTest
    @CsvSource({"very soft, PP", "pianissimo, PP", "very loud, FF", "fortissimo, FF", "mezzo-forte, MF",
        "mezzo piano, MP"})
    void strongerWordsAndItalianDynamics(String words, Dynamics dynamics) {
        Read r = Read.prompt("play it " + words);
        assertEquals(dynamics, r.inferred(SpecField.DYNAMICS));
        assertFalse(r.has(SpecField.INSTRUMENTS), "mezzo piano is no piano");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a march (ff) | FF", "a lullaby (pp) | PP", "dynamics mf | MF",
        "dynamics: p | P", "mp dynamics throughout | MP", "(f) | F"})
    void writtenMarkingsAreExplicit(String prompt, Dynamics dynamics) {
        assertEquals(dynamics, Read.prompt(prompt).explicit(SpecField.DYNAMICS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p and f", "plan F", "a P.S. at the end", "in F", "(F)"})
    void singleLettersAreNotMarkings(String prompt) {
        assertFalse(Read.prompt(prompt).has(SpecField.DYNAMICS), prompt);
    }

    @Test
    void sadAndHappyColourDynamicsTempoAndValence() {
        Read sad = Read.prompt("a sad tune");
        assertEquals(Dynamics.MP, sad.inferred(SpecField.DYNAMICS));
        assertEquals(75.0, sad.inferred(SpecField.TEMPO));
        assertEquals(-0.7, sad.inferred(SpecField.VALENCE));
        Read happy = Read.prompt("a happy tune");
        assertEquals(Dynamics.MF, happy.inferred(SpecField.DYNAMICS));
        assertEquals(120.0, happy.inferred(SpecField.TEMPO));
        assertEquals(0.7, happy.inferred(SpecField.VALENCE));
    }

    @Test
    void moodTempoStaysOutWhenATempoIsStated() {
        Read r = Read.prompt("a calm piece at 100 bpm");
        assertEquals(1, r.values(SpecField.TEMPO).size());
        assertEquals(100.0, r.explicit(SpecField.TEMPO));
    }

    @Test
    void negatedMoodsAreIgnored() {
        assertFalse(Read.prompt("not sad").has(SpecField.MODE));
    }

    @Test
    void brightAcousticPianoIsAnInstrumentNotAMood() {
        Read r = Read.prompt("bright acoustic piano");
        assertEquals(1, r.programs().get(0));
        assertFalse(r.has(SpecField.MODE));
    }
}
