// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.SpecField;

class LengthTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20 seconds                      | 20",
        "20 s                            | 20",
        "a 20-second clip                | 20",
        "30 sec                          | 30",
        "1 minute                        | 60",
        "one minute                      | 60",
        "2 minutes                       | 120",
        "a minute and a half             | 90",
        "one and a half minutes          | 90",
        "1.5 minutes                     | 90",
        "half a minute                   | 30",
        "1:30                            | 90",
        "90s long                        | 90",
        "1 minute 30 seconds             | 90",
        "twenty seconds                  | 20",
        "forty-five seconds              | 45",
        "sixty seconds                   | 60"})
    void readsSeconds(String prompt, double seconds) {
        assertEquals(Length.ofSeconds(seconds), Read.prompt(prompt).explicit(SpecField.LENGTH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "16 bars               | 16",
        "sixteen bars          | 16",
        "8 measures            | 8",
        "a 32-bar tune         | 32",
        "twenty-four bars      | 24",
        "one bar               | 1"})
    void readsBars(String prompt, int bars) {
        assertEquals(Length.ofBars(bars), Read.prompt(prompt).explicit(SpecField.LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a song about the 90s", "the 1990s", "a 12-bar blues", "with 4-bar phrases",
        "thirty-second notes", "every 8 bars a fill", "at 3:30 pm"})
    void partsAndDecadesAreNotLengths(String prompt) {
        assertFalse(Read.prompt(prompt).has(SpecField.LENGTH), prompt);
    }

    @Test
    void overTenMinutesIsRejected() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("length 20 minutes")));
        assertEquals("length 20 minutes is over the 10-minute limit", e.getMessage());
        assertThrows(InvalidPromptException.class, () -> new KeywordInterpreter().interpret(Prompt.of("an hour")));
        assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("601 seconds")));
    }

    @Test
    void zeroIsRejected() {
        assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("0 seconds")));
        assertThrows(InvalidPromptException.class, () -> new KeywordInterpreter().interpret(Prompt.of("zero bars")));
    }

    @Test
    void tenMinutesExactlyIsAllowed() {
        assertEquals(Length.ofSeconds(600), Read.prompt("10 minutes").explicit(SpecField.LENGTH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1:30 long                       | 90",
        "lasting 2:00                    | 120",
        "for 1:30                        | 90",
        "a 1:30 piece for piano          | 90",
        "a piano piece (1:30)            | 90",
        "length: 2:15                    | 135",
        "a 1 minute 30 piano piece       | 90",
        "2 minutes 15, in D              | 135"})
    void clockTimesAreLengthsWhereWordsSaySo(String prompt, double seconds) {
        assertEquals(Length.ofSeconds(seconds), Read.prompt(prompt).explicit(SpecField.LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11:45 at night", "John 3:16", "meet me at 10:30 by the river", "a 1 second pause",
        "2 minutes 16 bars"})
    void timesOfDayVersesAndPartsAreNotLengths(String prompt) {
        Read r = Read.prompt(prompt);
        assertFalse(r.values(SpecField.LENGTH).stream().anyMatch(v -> !((Length) v.value()).isBars()
                && ((Length) v.value()).seconds() != 120), r::toString);
    }

    @Test
    void tooShortIsRejectedWithAClearMessage() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("0.0001 seconds")));
        assertEquals("length 0.0001 seconds is too short: a piece must last at least 2 seconds", e.getMessage());
        assertThrows(InvalidPromptException.class, () -> new KeywordInterpreter().interpret(Prompt.of("1 second")));
        assertEquals(Length.ofSeconds(2), Read.prompt("2 seconds").explicit(SpecField.LENGTH));
    }

    @Test
    void anHourOfRainIsOverTheLimit() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> new KeywordInterpreter().interpret(Prompt.of("an hour of rain sounds")));
        assertEquals("length an hour is over the 10-minute limit", e.getMessage());
    }
}
