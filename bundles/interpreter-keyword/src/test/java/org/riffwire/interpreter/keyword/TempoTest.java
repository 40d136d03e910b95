// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.SpecField;

class TempoTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a tune at 72 bpm           | 72",
        "72bpm                      | 72",
        "72 BPM groove              | 72",
        "tempo 90                   | 90",
        "tempo: 96, please          | 96",
        "♩=120                      | 120",
        "♩ = 100 in the intro       | 100",
        "120 beats per minute       | 120",
        "around 110 b.p.m.          | 110",
        "90-100 bpm                 | 95",
        "between 60 and 80 bpm      | 70",
        "quarter note = 88          | 88",
        "dotted quarter = 60        | 90",
        "at 92.5 bpm                | 92.5"})
    void readsStatedTempos(String prompt, double bpm) {
        assertEquals(bpm, Read.prompt(prompt).explicit(SpecField.TEMPO));
    }

    @ParameterizedTest
    @CsvSource({"grave, 40", "largo, 50", "lento, 55", "larghetto, 63", "adagio, 70", "adagietto, 75",
        "andante, 90", "andantino, 96", "moderato, 108", "allegretto, 116", "allegro, 132", "vivace, 160",
        "presto, 180", "prestissimo, 200"})
    void italianWordsGiveTheirTypicalTempo(String word, double bpm) {
        Read r = Read.prompt("a sonata movement, " + word + ", for piano");
        assertEquals(bpm, r.inferred(SpecField.TEMPO));
        assertEquals(0.9, r.inferredConfidence(SpecField.TEMPO), 1e-9);
        assertFalse(r.hasExplicit(SpecField.TEMPO));
    }

    @ParameterizedTest
    @CsvSource({"slow, 70", "very slow, 55", "fast, 150", "very fast, 180", "upbeat, 125", "mid-tempo, 105",
        "medium tempo, 105", "relaxed, 85", "laid-back, 85"})
    void plainTempoWords(String word, double bpm) {
        Read r = Read.prompt("a " + word + " tune for guitar");
        assertEquals(bpm, r.inferred(SpecField.TEMPO));
        // Surer than a genre's tempo (0.8), so that "slow" is never outvoted by an average.
        assertEquals(0.85, r.inferredConfidence(SpecField.TEMPO), 1e-9);
    }

    @Test
    void aStatedTempoWinsOverAnItalianWordInTheMerge() throws Exception {
        Read r = Read.prompt("allegro at 100 bpm");
        assertEquals(100.0, r.explicit(SpecField.TEMPO));
        assertEquals(132.0, r.inferred(SpecField.TEMPO));
    }

    @Test
    void negatedTempoWordsAreIgnored() {
        assertFalse(Read.prompt("not too fast, for piano").has(SpecField.TEMPO));
    }

    @Test
    void aGraveIsNotATempo() {
        assertFalse(Read.prompt("a song about a grave").has(SpecField.TEMPO));
    }

    @Test
    void beatsPerMinuteIsNotADrumBeat() {
        assertFalse(Read.prompt("120 beats per minute").has(SpecField.DRUMS));
    }

    @Test
    void temposOutsideTheRangeAreRejected() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("tempo 1000 bpm")));
        assertEquals("tempo 1000 bpm is outside 20–400 bpm", e.getMessage());
        assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("a drone at 5 bpm")));
        assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("♩=900")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a drowsy Sunday | 70", "a sluggish, languid afternoon | 70",
        "an unhurried stroll | 80", "a frenetic chase | 150", "breakneck speed | 150", "a brisk walk | 115"})
    void paceOfLifeWordsAreTempoWords(String prompt, double bound) {
        double tempo = Read.prompt(prompt).inferred(SpecField.TEMPO);
        assertTrue(bound < 100 ? tempo <= bound : tempo >= bound, prompt + " → " + tempo);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a song at -90 bpm", "tempo -90", "tempo: −120", "bpm = -60", "at - 100 bpm",
        "a -80 beats per minute march"})
    void negativeTemposAreRefusedNotReadAsPositive(String prompt) {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of(prompt)));
        assertTrue(e.getMessage().startsWith("a tempo cannot be negative"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"80-90 bpm | 85", "80 - 90 bpm | 85", "a 2-minute piece at 120 bpm | 120"})
    void rangesAreNotNegatives(String prompt, double bpm) {
        assertEquals(bpm, Read.prompt(prompt).explicit(SpecField.TEMPO), prompt);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a rock song at 140                  | 140",
        "play it at 90, please               | 90",
        "at 100 with brushed drums           | 100",
        "a waltz at 150 in D                 | 150",
        "bpm 128                             | 128",
        "BPM: 128                            | 128",
        "bpm=96, in A minor                  | 96",
        "tempo: 128                          | 128",
        "tempo 90.                           | 90",
        "at sixty bpm                        | 60",
        "sixty-five bpm                      | 65",
        "a hundred and twenty bpm            | 120",
        "one hundred five BPM                | 105",
        "ninety beats per minute             | 90"})
    void readsMoreWaysOfStatingATempo(String prompt, double bpm) {
        assertEquals(bpm, Read.prompt(prompt).explicit(SpecField.TEMPO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tempo 1e3", "a walk at 100 feet", "meet at 11:45", "at 5 in the morning",
        "tuned at 440 hz", "at 120% volume", "at 20 paces", "born at 1999"})
    void numbersAfterAtOrTempoThatAreNotTempos(String prompt) {
        assertFalse(Read.prompt(prompt).hasExplicit(SpecField.TEMPO), prompt);
    }
}
