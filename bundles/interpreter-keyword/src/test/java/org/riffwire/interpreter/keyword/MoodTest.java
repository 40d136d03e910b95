// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.Strength;

class MoodTest {

    /** The tempo the mood reader derives from an arousal: the API's geometric scale, 55 … 100 … 180 bpm. */
    private static double tempoFor(double arousal) {
        return Math.round(org.riffwire.api.spec.Arousal.tempo(arousal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soft", "quiet", "gentle", "delicate", "tender", "intimate", "softly"})
    void softWordsArePianoAndSlower(String word) {
        Read r = Read.prompt("a " + word + " melody");
        assertEquals(Dynamics.P, r.inferred(SpecField.DYNAMICS));
        assertEquals(0.7, r.inferredConfidence(SpecField.DYNAMICS), 1e-9);
        double arousal = r.inferred(SpecField.AROUSAL);
        assertTrue(arousal < -0.4, r::toString);
        assertEquals(tempoFor(arousal), r.inferred(SpecField.TEMPO));
        assertEquals(0.5, r.inferredConfidence(SpecField.TEMPO), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calm", "peaceful", "soothing", "serene", "tranquil", "relaxing", "meditative"})
    void calmWordsAreQuietSlowAndDrumless(String word) {
        Read r = Read.prompt("a " + word + " melody");
        double arousal = r.inferred(SpecField.AROUSAL);
        assertTrue(arousal < -0.4, r::toString);
        assertEquals(Dynamics.P, r.inferred(SpecField.DYNAMICS));
        assertTrue(r.inferred(SpecField.TEMPO) < 90, r::toString);
        assertEquals(false, r.inferred(SpecField.DRUMS));
        assertEquals(0.4, r.inferredConfidence(SpecField.DRUMS), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"loud", "powerful", "aggressive", "intense", "energetic", "driving", "explosive", "epic",
        "fierce", "furious"})
    void loudWordsAreForteAndFaster(String word) {
        Read r = Read.prompt("an " + word + " track");
        assertEquals(Dynamics.F, r.inferred(SpecField.DYNAMICS));
        double arousal = r.inferred(SpecField.AROUSAL);
        assertTrue(arousal >= 0.7, r::toString);
        assertEquals(tempoFor(arousal), r.inferred(SpecField.TEMPO));
        assertTrue(r.inferred(SpecField.TEMPO) >= 145, r::toString);
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
        assertEquals(-0.7, sad.inferred(SpecField.VALENCE));
        assertEquals(-0.4, sad.inferred(SpecField.AROUSAL));
        assertEquals(79.0, sad.inferred(SpecField.TEMPO), "arousal -0.4: 100 / 1.8^0.4");
        Read happy = Read.prompt("a happy tune");
        assertEquals(Dynamics.MF, happy.inferred(SpecField.DYNAMICS));
        assertEquals(tempoFor(happy.inferred(SpecField.AROUSAL)), happy.inferred(SpecField.TEMPO));
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

    @Test
    void moodWordsAreAveragedIntoOneMood() {
        Read r = Read.prompt("the quiet grief of an empty house");
        assertEquals(-0.6, r.inferred(SpecField.VALENCE), 1e-9);
        assertEquals(Mode.MINOR, r.inferred(SpecField.MODE));
        assertEquals(0.55, r.inferredConfidence(SpecField.MODE), 1e-9);
        assertEquals(List.of("quiet", "grief", "empty"),
                r.bestInferred(SpecField.VALENCE).orElseThrow().provenance().words());
        assertTrue(r.inferred(SpecField.TEMPO) < 90, r::toString);
        assertEquals(false, r.inferred(SpecField.DRUMS));
        assertFalse(r.has(SpecField.GENRE), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a grieving, lonely farewell            | MINOR | MP | false",
        "a mournful lament for a funeral        | MINOR | P  | false",
        "heartbroken tears and regret           | MINOR | MP | ",
        "a peaceful, serene spa morning         | MAJOR | P  | false",
        "music for sleep and meditation         | MAJOR | P  | false",
        "a cozy, warm and tender love theme     | MAJOR | P  | false",
        "a joyful summer party                  | MAJOR | F  | true",
        "a triumphant victory celebration       | MAJOR | F  | true",
        "playful and bouncy, full of sunshine   | MAJOR | F  | true",
        "a tense car chase                      | MINOR | F  | true",
        "an angry battle, chaos and rage        | MINOR | F  | true",
        "a spooky, creepy horror scene          | MINOR | MF | true"})
    void moodWordsGuessModeDynamicsAndDrums(String prompt, Mode mode, Dynamics dynamics, Boolean drums) {
        Read r = Read.prompt(prompt);
        assertEquals(mode, r.inferred(SpecField.MODE), r::toString);
        assertEquals(dynamics, r.inferred(SpecField.DYNAMICS), r::toString);
        if (drums == null) {
            assertFalse(r.has(SpecField.DRUMS), r::toString);
        } else {
            assertEquals(drums, r.inferred(SpecField.DRUMS), r::toString);
        }
        double arousal = r.inferred(SpecField.AROUSAL);
        assertEquals(tempoFor(arousal), r.inferred(SpecField.TEMPO), r::toString);
        assertFalse(r.hasExplicit(SpecField.MODE) || r.hasExplicit(SpecField.TEMPO), r::toString);
    }

    @Test
    void theBriefsAnchorWordsHaveTheirValues() {
        Read nostalgic = Read.prompt("a nostalgic piece");
        assertEquals(-0.3, nostalgic.inferred(SpecField.VALENCE));
        assertEquals(-0.4, nostalgic.inferred(SpecField.AROUSAL));
        Read romantic = Read.prompt("something romantic");
        assertEquals(0.5, romantic.inferred(SpecField.VALENCE));
        assertEquals(-0.3, romantic.inferred(SpecField.AROUSAL));
        assertEquals(-0.2, Read.prompt("bittersweet").inferred(SpecField.VALENCE));
        assertEquals(0.0, Read.prompt("a mysterious theme").inferred(SpecField.AROUSAL));
        assertEquals(0.5, Read.prompt("neon lights").inferred(SpecField.AROUSAL));
        // A valence of zero leans to no mode.
        assertFalse(Read.prompt("neon lights").has(SpecField.MODE));
    }

    @Test
    void intensifiersScaleTheWordTheyQualify() {
        Read r = Read.prompt("a very sad song");
        assertEquals(-0.91, r.inferred(SpecField.VALENCE), 1e-9);
        assertEquals(-0.52, r.inferred(SpecField.AROUSAL), 1e-9);
        assertEquals(List.of("very sad"), r.bestInferred(SpecField.VALENCE).orElseThrow().provenance().words());
        // Clipped to the range.
        Read furious = Read.prompt("an extremely furious finale");
        assertEquals(-1.0, furious.inferred(SpecField.VALENCE));
        assertEquals(1.0, furious.inferred(SpecField.AROUSAL));
    }

    @Test
    void aNegatedMoodWordIsSkippedNotFlipped() {
        Read r = Read.prompt("not sad, just calm");
        assertEquals(0.2, r.inferred(SpecField.VALENCE));
        assertEquals(Mode.MAJOR, r.inferred(SpecField.MODE));
        assertEquals(List.of("calm"), r.bestInferred(SpecField.VALENCE).orElseThrow().provenance().words());
    }

    @Test
    void statedTempoAndModeGetNoMoodGuess() {
        Read r = Read.prompt("a sad song in C major at 100 bpm");
        assertTrue(r.values(SpecField.MODE, Strength.INFERRED).isEmpty(), r::toString);
        assertTrue(r.values(SpecField.TEMPO, Strength.INFERRED).isEmpty(), r::toString);
        assertEquals(-0.7, r.inferred(SpecField.VALENCE));
    }

    @Test
    void aGenresTempoOutranksAMoods() {
        Read r = Read.prompt("a sad waltz");
        assertEquals(135.0, r.inferred(SpecField.TEMPO));
        assertEquals(Mode.MINOR, r.inferred(SpecField.MODE));
    }
}
