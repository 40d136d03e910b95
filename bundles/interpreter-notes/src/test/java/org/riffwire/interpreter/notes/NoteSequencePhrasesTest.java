// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.only;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecValue;

class NoteSequencePhrasesTest {
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "play the notes C D E F G A B C;          0 2 4 5 7 9 11 0;   false; play the notes C D E F G A B C",
        "a tune starting with E G B;              4 7 11;             false; starting with E G B",
        "it starts with the notes A4 B4 C#5;      69 71 73;           true;  starts with the notes A4 B4 C#5",
        "begins with G G D D E E D;               7 7 2 2 4 4 2;      false; begins with G G D D E E D",
        "opening notes: C E G, then anything;     0 4 7;              false; opening notes: C E G",
        "melody: D F# A;                          2 6 9;              false; melody: D F# A",
        "opens on Bb3 then D4 then F4;            58 62 65;           true;  opens on Bb3 then D4 then F4",
        "starts with C-E-G;                       0 4 7;              false; starts with C-E-G",
        "starts with B#3 and Cb4;                 60 59;              true;  starts with B#3 and Cb4",
        "start the melody on E then D then C;     4 2 0;              false; start the melody on E then D then C",
        "begin the main theme with A, C and E;    9 0 4;              false; begin the main theme with A, C and E",
        "a piece whose first notes are D F# A;    2 6 9;              false; first notes are D F# A",
        "the first three notes should be E D C;   4 2 0;              false; first three notes should be E D C",
        "the melody goes C D E F G;               0 2 4 5 7;          false; melody goes C D E F G",
        "the tune goes like this: G4 A4 B4;       67 69 71;           true;  tune goes like this: G4 A4 B4",
        "begin with E, D, C;                      4 2 0;              false; begin with E, D, C",
        "opening phrase: G A B;                   7 9 11;             false; opening phrase: G A B",
        "first notes: F sharp, A, C sharp;        6 9 1;              false; first notes: F sharp, A, C sharp",
        "a waltz starting on G, B, D;             7 11 2;             false; starting on G, B, D",
        "starting on the notes G B D;             7 11 2;             false; starting on the notes G B D",
    })
    void sequences(String text, String pitches, boolean octaves, String words) throws Exception {
        SpecValue<NoteSequence> value = only(interpreter.interpret(Prompt.of(text)), SpecField.OPENING);
        List<ExplicitNote> notes = value.value().notes();
        assertEquals(ints(pitches), notes.stream().map(n -> n.pitches().get(0)).toList());
        assertTrue(notes.stream().allMatch(n -> n.octaveGiven() == octaves));
        assertEquals(List.of(words), value.provenance().words());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "starts with a bang",
        "starting with A minor chords",
        "begins with the C major scale",
        "opens with soft strings",
        "the melody goes a bit higher",
        "the melody goes up and down",
        "start the melody on a high note",
        "its first notes are bad",
        "a deaf bad bee starts with be",
        "the ebb and flow starts with ebb and flow",
        "the first note is C",
    })
    void noSequence(String text) throws Exception {
        assertTrue(interpreter.interpret(Prompt.of(text)).values().stream()
                .noneMatch(v -> v.field() == SpecField.OPENING), text);
    }

    private static List<Integer> ints(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
