// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.SpecField;

class KeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a ballad in E minor                | 4  | MINOR",
        "in B flat major                    | 10 | MAJOR",
        "in Bb major, please                | 10 | MAJOR",
        "something in F#m                   | 6  | MINOR",
        "F# minor nocturne                  | 6  | MINOR",
        "in C sharp minor                   | 1  | MINOR",
        "in C-sharp minor                   | 1  | MINOR",
        "in the key of D                    | 2  | MAJOR",
        "key of E flat minor                | 3  | MINOR",
        "in G                               | 7  | MAJOR",
        "a folk tune in A dorian            | 9  | DORIAN",
        "D mixolydian groove                | 2  | MIXOLYDIAN",
        "E phrygian                         | 4  | PHRYGIAN",
        "in Eb                              | 3  | MAJOR",
        "in a minor                         | 9  | MINOR",
        "in A minor key                     | 9  | MINOR",
        "in Am at 90 bpm                    | 9  | MINOR",
        "in Bbm                             | 10 | MINOR",
        "in E♭ major                        | 3  | MAJOR",
        "key: D minor                       | 2  | MINOR",
        "in C, at 100 bpm                   | 0  | MAJOR",
        "the A minor prelude                | 9  | MINOR"})
    void readsStatedKeys(String prompt, int tonic, Mode mode) {
        Read r = Read.prompt(prompt);
        assertEquals(tonic, r.explicit(SpecField.TONIC));
        assertEquals(mode, r.explicit(SpecField.MODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"only uses A, B, C#, F#, and G", "the notes C D E", "a melody in C D E F G",
        "notes in A, B and C", "chords C major, A minor, F major", "a C major chord then rest", "in a hurry",
        "I'm in a rush", "a tune for a friend", "play it again", "a big band", "be major"})
    void noteListsAndEnglishAreNotKeys(String prompt) {
        Read r = Read.prompt(prompt);
        assertFalse(r.has(SpecField.TONIC), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "in a minor key                     | MINOR",
        "something in a major key please    | MAJOR",
        "a minor-key ballad                 | MINOR",
        "major key                          | MAJOR",
        "minor key                          | MINOR",
        "in a dorian mode                   | DORIAN",
        "lydian                             | LYDIAN",
        "in minor                           | MINOR",
        "Sad. A minor key tune              | MINOR"})
    void readsModeAlone(String prompt, Mode mode) {
        Read r = Read.prompt(prompt);
        assertEquals(mode, r.explicit(SpecField.MODE));
        assertFalse(r.has(SpecField.TONIC), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sad", "melancholic", "melancholy", "gloomy", "dark", "mournful", "tragic", "somber",
        "sombre", "grief", "lonely", "haunting", "eerie", "ominous"})
    void sadWordsSuggestMinor(String word) {
        Read r = Read.prompt("a " + word + " piece");
        assertEquals(Mode.MINOR, r.inferred(SpecField.MODE));
        assertEquals(0.55, r.inferredConfidence(SpecField.MODE), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"happy", "joyful", "cheerful", "bright", "uplifting", "triumphant", "sunny", "playful",
        "hopeful", "festive"})
    void happyWordsSuggestMajor(String word) {
        Read r = Read.prompt("a " + word + " piece");
        assertEquals(Mode.MAJOR, r.inferred(SpecField.MODE));
        assertFalse(r.hasExplicit(SpecField.MODE));
    }

    @Test
    void twoKeysAreBothKept() {
        Read r = Read.prompt("in E minor, no wait, in G major");
        assertEquals(2, r.values(SpecField.TONIC).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A minor pentatonic", "improvise on the E blues scale", "D dorian scale",
        "C major scale", "G major scale", "an A major scale exercise", "pentatonic in A minor",
        "F# mixolydian mode", "use the C major scale only"})
    void scalePhrasesAreLeftToTheNoteInterpreter(String prompt) {
        Read r = Read.prompt(prompt);
        assertFalse(r.has(SpecField.TONIC), r::toString);
        assertFalse(r.hasExplicit(SpecField.MODE), r::toString);
    }

    @Test
    void aKeyNextToAScaleIsStillAKey() {
        Read r = Read.prompt("a C major piece using the A minor pentatonic scale");
        assertEquals(0, r.explicit(SpecField.TONIC));
        assertEquals(Mode.MAJOR, r.explicit(SpecField.MODE));
        Read inA = Read.prompt("a blues riff in A minor, using the blues scale");
        assertEquals(9, inA.explicit(SpecField.TONIC));
        assertEquals(Mode.MINOR, inA.explicit(SpecField.MODE));
    }
}
