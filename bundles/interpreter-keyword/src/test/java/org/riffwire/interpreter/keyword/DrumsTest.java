// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.spec.SpecField;

class DrumsTest {

    @ParameterizedTest
    @ValueSource(strings = {"with drums", "drums and bass guitar", "a drum kit", "light percussion", "a chill beat",
        "a drum beat", "strong backbeat", "piano with a groove"})
    void wantsDrums(String prompt) {
        assertEquals(true, Read.prompt(prompt).explicit(SpecField.DRUMS), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no drums", "without drums", "without percussion", "a drumless ballad",
        "no percussion", "a cappella", "without any drums", "no piano or drums", "drum-free", "drumless",
        "no percussion at all", "a percussion-free ambient piece", "a drum-free lullaby"})
    void wantsNoDrums(String prompt) {
        assertEquals(false, Read.prompt(prompt).explicit(SpecField.DRUMS), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a waltz", "a folk song", "an ambient piece", "a lullaby"})
    void quietGenresImplyNoDrums(String prompt) {
        assertEquals(false, Read.prompt(prompt).inferred(SpecField.DRUMS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a rock song", "some techno", "a polka", "a march"})
    void beatGenresImplyDrums(String prompt) {
        assertEquals(true, Read.prompt(prompt).inferred(SpecField.DRUMS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a harp and flute duet", "an energetic duet for harp and flute",
        "a fast exciting piece for cello and piano", "a triumphant brass quintet", "a lively string quartet",
        "an aggressive, furious piece for violin and piano", "a joyful trio for clarinet, bassoon and horn",
        "music for solo piano, wild and energetic", "a playful oboe and guitar duo"})
    void aNamedLineUpWithoutAGenreHasNoDrumsHoweverLively(String prompt) {
        Read read = Read.prompt(prompt);
        assertEquals(false, read.inferred(SpecField.DRUMS), prompt);
        assertTrue(read.inferredConfidence(SpecField.DRUMS) > 0.45, "above the semantic interpreter's guess: " + prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a rock song for guitar and bass", "a funk groove for bass and organ", "a march for brass band"})
    void aLineUpInAGenreWithDrumsKeepsThem(String prompt) {
        assertEquals(true, Read.prompt(prompt).inferred(SpecField.DRUMS), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a duet for piano and drums", "flute and congas", "harp and flute with light percussion"})
    void aLineUpThatNamesPercussionHasDrums(String prompt) {
        assertEquals(true, Read.prompt(prompt).explicit(SpecField.DRUMS), prompt);
    }
}
