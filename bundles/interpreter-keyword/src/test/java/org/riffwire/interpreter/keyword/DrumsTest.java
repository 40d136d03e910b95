// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
