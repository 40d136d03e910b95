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
import org.riffwire.api.music.Meter;
import org.riffwire.api.spec.SpecField;

class MeterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "in 5/4               | 5 | 4",
        "in 5/4 time          | 5 | 4",
        "a 7/8 groove         | 7 | 8",
        "9/8                  | 9 | 8",
        "12/8 shuffle         | 12 | 8",
        "3/4 time             | 3 | 4",
        "6/8                  | 6 | 8",
        "common time          | 4 | 4",
        "cut time             | 2 | 2",
        "in three-four time   | 3 | 4",
        "waltz time           | 3 | 4"})
    void readsStatedMeters(String prompt, int top, int bottom) {
        assertEquals(new Meter(top, bottom), Read.prompt(prompt).explicit(SpecField.METER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"open 24/7", "3/4 of the way through", "at 1/2 speed", "9/11", "on 2020/12/05", "64/4",
        "1/4"})
    void fractionsAndDatesAreNotMeters(String prompt) {
        assertFalse(Read.prompt(prompt).has(SpecField.METER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a song in 13/0", "a song in 0/4 time", "in 4/0", "a march in 2/3 time", "in 99/4",
        "7/9 time signature", "a dance in 5/7 meter"})
    void impossibleMetersWordedAsMetersAreRefused(String prompt) {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of(prompt)));
        assertTrue(e.getMessage().contains("is not a time signature"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"waltz, 3, 4", "jig, 6, 8", "march, 2, 4", "reel, 4, 4", "polka, 2, 4", "slip jig, 9, 8",
        "hornpipe, 4, 4", "tango, 4, 4"})
    void genresImplyTheirMeter(String genre, int top, int bottom) {
        Read r = Read.prompt("a " + genre);
        assertEquals(new Meter(top, bottom), r.inferred(SpecField.METER));
        assertEquals(0.9, r.inferredConfidence(SpecField.METER), 1e-9);
        assertFalse(r.hasExplicit(SpecField.METER));
    }

    @Test
    void aStatedMeterStaysNextToTheGenresOwn() {
        Read r = Read.prompt("a 4/4 march");
        assertEquals(Meter.COMMON, r.explicit(SpecField.METER));
        assertEquals(new Meter(2, 4), r.inferred(SpecField.METER));
    }
}
