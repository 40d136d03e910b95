// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.spec.SpecField;

class RegisterTest {
    @ParameterizedTest
    @ValueSource(strings = {"a melody in a high register", "high-pitched bells", "a tune in the upper range",
        "high notes on the piano", "a flute melody, high pitched"})
    void aStatedHighRegister(String prompt) {
        assertEquals(RegisterReader.STATED, Read.prompt(prompt).explicit(SpecField.REGISTER), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a piece in a low register", "low-pitched drones", "deep notes on the cello",
        "a tune in the lower range", "low pitched and slow"})
    void aStatedLowRegister(String prompt) {
        assertEquals(-RegisterReader.STATED, Read.prompt(prompt).explicit(SpecField.REGISTER), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a bright and airy piece", "sparkling piano music", "a shimmering ambient track",
        "a soaring violin melody", "bright", "airy", "a high, light melody"})
    void brightWordsLeanUp(String prompt) {
        Read r = Read.prompt(prompt);
        assertTrue(r.inferred(SpecField.REGISTER) > 0, prompt);
        assertFalse(r.hasExplicit(SpecField.REGISTER), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a dark piece", "deep and muffled", "a murky, rumbling drone", "dark", "muffled",
        "low", "a low hum"})
    void darkWordsLeanDown(String prompt) {
        assertTrue(Read.prompt(prompt).inferred(SpecField.REGISTER) < 0, prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"high energy dance music", "a low-key jazz tune", "lo-fi hip hop", "low tempo chill",
        "high tempo techno", "not dark at all", "a song at low volume", "a waltz", "no high notes please"})
    void wordsAboutSomethingElseSayNothingOfRegister(String prompt) {
        assertFalse(Read.prompt(prompt).has(SpecField.REGISTER), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a high flute over a low cello", "high notes and low notes"})
    void partsPlacedBothWaysLeaveThePieceAlone(String prompt) {
        assertFalse(Read.prompt(prompt).hasExplicit(SpecField.REGISTER), prompt);
    }

    @org.junit.jupiter.api.Test
    void aStatedRegisterWithNoInstrumentsChoosesPlayersWhoLiveThere() {
        Read high = Read.prompt("a melody in a high register");
        assertEquals(java.util.List.of(73, 8), ((org.riffwire.api.spec.InstrumentList) high.inferred(SpecField.INSTRUMENTS))
                .instruments().stream().map(org.riffwire.api.spec.Instrument::program).toList());
        Read low = Read.prompt("a tune in a low register");
        assertTrue(((org.riffwire.api.spec.InstrumentList) low.inferred(SpecField.INSTRUMENTS)).instruments().stream()
                .anyMatch(i -> i.program() == 42));
        // Named instruments are the prompt's to choose.
        assertEquals(java.util.List.of(0), Read.prompt("a piano melody in a high register").programs());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "a bright and airy piece; 73 8", "something sparkling and twinkling; 73 8", "a dark, muffled piece; 42 70",
        "deep and murky; 42 70"})
    void leaningWordsAlsoSuggestPlayers(String prompt, String programs) {
        java.util.List<Integer> expected = java.util.Arrays.stream(programs.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, ((org.riffwire.api.spec.InstrumentList) Read.prompt(prompt).inferred(SpecField.INSTRUMENTS))
                .instruments().stream().map(org.riffwire.api.spec.Instrument::program).toList(), prompt);
    }

    @org.junit.jupiter.api.Test
    void aGenresLineUpOutweighsLeaningWords() {
        // Jazz's usual players, not flute and celesta; the register still leans up.
        Read r = Read.prompt("a bright jazz tune");
        java.util.List<Integer> players = ((org.riffwire.api.spec.InstrumentList) r.inferred(SpecField.INSTRUMENTS))
                .instruments().stream().map(org.riffwire.api.spec.Instrument::program).toList();
        assertFalse(players.contains(8), players.toString());
        assertTrue(r.inferred(SpecField.REGISTER) > 0);
        // Words that lean both ways suggest nobody.
        assertFalse(Read.prompt("a bright but dark piece").has(SpecField.INSTRUMENTS));
    }
}
