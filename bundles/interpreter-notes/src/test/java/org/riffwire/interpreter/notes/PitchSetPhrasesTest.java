// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.only;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.values;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.Prompt;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

/** The many ways a prompt can limit the notes, and what each gives. */
class PitchSetPhrasesTest {
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "that only uses A, B, C#, F#, and G;               9 11 1 6 7;     only uses A, B, C#, F#, and G",
        "using only E G B D;                               4 7 11 2;       using only E G B D",
        "uses only c, e and g;                             0 4 7;          uses only c, e and g",
        "only the notes C, D and E;                        0 2 4;          only the notes C, D and E",
        "restricted to B flat, F sharp and Db;             10 6 1;         restricted to B flat, F sharp and Db",
        "limited to C/E/G please;                          0 4 7;          limited to C/E/G",
        "nothing but D or A;                               2 9;            nothing but D or A",
        "only with the notes f# a c#;                      6 9 1;          only with the notes f# a c#",
        "a riff using only E-flat and B-flat;              3 10;           using only E-flat and B-flat",
        "stick to the pitches C4 and G4;                   0 7;            stick to the pitches C4 and G4",
        "only uses C, E, G and a few others;               0 4 7;          only uses C, E, G",
        "only the notes c d e f g a;                       0 2 4 5 7 9;    only the notes c d e f g a",
    })
    void noteLists(String text, String expected, String words) throws Exception {
        SpecPatch patch = read(text);
        assertEquals(set(expected), only(patch, SpecField.PITCH_SET).value());
        assertEquals(List.of(words), only(patch, SpecField.PITCH_SET).provenance().words());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a riff built from the notes E G A B D;               4 7 9 11 2;    built from the notes E G A B D",
        "a melody with the notes C, D, E, G and A;            0 2 4 7 9;     with the notes C, D, E, G and A",
        "a tune that uses the notes A B C# E F#;              9 11 1 4 6;    uses the notes A B C# E F#",
        "compose using the notes D, E, F#, A and B only;      2 4 6 9 11;    using the notes D, E, F#, A and B",
        "a lullaby made of the notes C, E, G and B;           0 4 7 11;      made of the notes C, E, G and B",
        "a chorale from the notes D F A C;                    2 5 9 0;       from the notes D F A C",
        "an ostinato on the notes G, B flat and C;            7 10 0;        on the notes G, B flat and C",
        "a hymn made up of notes F G A Bb C;                  5 7 9 10 0;    made up of notes F G A Bb C",
        "a riff with notes e g a;                             4 7 9;         with notes e g a",
        "a groove using the notes of: Eb F Ab Bb;             3 5 8 10;      using the notes of: Eb F Ab Bb",
    })
    void materialLists(String text, String expected, String words) throws Exception {
        SpecPatch patch = read(text);
        assertEquals(set(expected), only(patch, SpecField.PITCH_SET).value());
        assertEquals(List.of(words), only(patch, SpecField.PITCH_SET).provenance().words());
        assertEquals(List.of(), values(patch, SpecField.OPENING), "a set is not also an opening");
    }

    /** Too few notes for a set, or a verb that makes the list an opening. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a melody with the notes C and D",
        "a melody with the notes C, C and D",
        "it starts with the notes A4 B4 C#5",
        "starting on the notes G B D",
        "play the notes C D E F G A B C",
        "a song with notes that soar",
        "a melody with the notes of a bird song",
    })
    void notMaterialLists(String text) throws Exception {
        assertEquals(List.of(), values(read(text), SpecField.PITCH_SET), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "pentatonic in A minor;              0 2 4 7 9;          9;  MINOR",
        "A minor pentatonic;                 0 2 4 7 9;          9;  MINOR",
        "an E minor pentatonic solo;         2 4 7 9 11;         4;  MINOR",
        "C major pentatonic;                 0 2 4 7 9;          0;  MAJOR",
        "major pentatonic in C;              0 2 4 7 9;          0;  MAJOR",
        "pentatonic in C;                    0 2 4 7 9;          0;  MAJOR",
        "a pentatonic melody in G;           7 9 11 2 4;         7;  MAJOR",
        "the C major scale;                  0 2 4 5 7 9 11;     0;  MAJOR",
        "only the D dorian scale;            2 4 5 7 9 11 0;     2;  DORIAN",
        "the A harmonic minor scale;         9 11 0 2 4 5 8;     9;  ",
        "E blues scale;                      4 7 9 10 11 2;      4;  ",
        "blues scale in E;                   4 7 9 10 11 2;      4;  ",
        "whole tone scale on C;              0 2 4 6 8 10;       0;  ",
        "F# mixolydian mode only;            6 8 10 11 1 3 4;    6;  MIXOLYDIAN",
    })
    void scales(String text, String expected, int tonic, Mode mode) throws Exception {
        SpecPatch patch = read(text);
        assertEquals(set(expected), only(patch, SpecField.PITCH_SET).value());
        assertEquals(Strength.EXPLICIT, only(patch, SpecField.PITCH_SET).strength());
        assertEquals(tonic, only(patch, SpecField.TONIC).value());
        assertEquals(Strength.INFERRED, only(patch, SpecField.TONIC).strength());
        if (mode == null) {
            assertEquals(List.of(), values(patch, SpecField.MODE));
        } else {
            assertEquals(mode, only(patch, SpecField.MODE).value());
            assertEquals(Strength.INFERRED, only(patch, SpecField.MODE).strength());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "only white keys;                0 2 4 5 7 9 11",
        "white notes only;               0 2 4 5 7 9 11",
        "just the white keys please;     0 2 4 5 7 9 11",
        "limited to the black keys;      1 3 6 8 10",
        "only black keys;                1 3 6 8 10",
    })
    void keyColours(String text, String expected) throws Exception {
        SpecPatch patch = read(text);
        assertEquals(set(expected), only(patch, SpecField.PITCH_SET).value());
        assertEquals(List.of(), values(patch, SpecField.TONIC));
    }

    @Test
    void triggerWordsJoinTheScale() throws Exception {
        SpecPatch patch = read("a tune limited to the E minor pentatonic scale");
        assertEquals(List.of("limited to the E minor pentatonic scale"),
                only(patch, SpecField.PITCH_SET).provenance().words());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the melody only uses E G B D",
        "The lead line is restricted to C, D and E.",
        "its melody uses only A and E",
        "a melody using only C D E over a walking bass",
        "a waltz with piano chords; the violin melody sticks to G A B",
    })
    void melodyScope(String text) throws Exception {
        SpecPatch patch = read(text);
        only(patch, SpecField.MELODY_PITCH_SET);
        assertEquals(List.of(), values(patch, SpecField.PITCH_SET));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a flute melody that only uses A, B, C#, F#, and G",
        "a gentle folk song that only uses A, B and C",
        "the melody is lovely. Everything uses only C, D and E",
    })
    void wholePieceScope(String text) throws Exception {
        SpecPatch patch = read(text);
        only(patch, SpecField.PITCH_SET);
        assertEquals(List.of(), values(patch, SpecField.MELODY_PITCH_SET));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a minor pentatonic riff",
        "in A minor, a blues in E",
        "a calm piece in C major",
        "a pentatonic melody",
        "limited to a few notes",
        "only a minute long",
        "just a little louder",
        "restricted to A minor",
        "a natural minor scale melody",
        "limited to a flat sound",
        "only a deaf bad bee",
    })
    void notALimit(String text) throws Exception {
        assertEquals(List.of(), read(text).values(), text);
    }

    private SpecPatch read(String text) throws Exception {
        return interpreter.interpret(Prompt.of(text));
    }

    private static PitchSet set(String spaced) {
        return new PitchSet(new TreeSet<>(Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList()));
    }
}
