// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The note-name grammar every reader shares. */
class NoteNameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "C;            0;  -1",
        "c;            0;  -1",
        "C#;           1;  -1",
        "Db;           1;  -1",
        "C♯;           1;  -1",
        "D♭;           1;  -1",
        "C sharp;      1;  -1",
        "B flat;       10; -1",
        "E-flat;       3;  -1",
        "F##;          7;  -1",
        "F♯♯;          7;  -1",
        "F double sharp; 7; -1",
        "Bbb;          9;  -1",
        "B𝄫;           9;  -1",
        "E double-flat; 2; -1",
        "F natural;    5;  -1",
        "A4;           9;  69",
        "C#5;          1;  73",
        "Bb3;          10; 58",
        "B#3;          0;  60",
        "Cb4;          11; 59",
    })
    void spellings(String name, int pitchClass, int midi) {
        NoteToken token = NoteName.read(name, 0).orElseThrow(() -> new AssertionError(name));
        assertEquals(pitchClass, token.pitchClass());
        assertEquals(midi, token.midi());
        assertEquals(name.length(), token.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "be", "bad", "deaf", "ebb", "cafe", "Bbm", "C#m", "C10", "G#9", "Abe", "h", "Cx"})
    void notNotes(String word) {
        Optional<NoteToken> token = NoteName.read(word, 0);
        assertTrue(token.isEmpty() || token.get().article(), word);
    }

    @Test
    void aNoteMustStandAsAWord() {
        assertTrue(NoteName.read("xC", 1).isEmpty());
        assertTrue(NoteName.read("the C, then", 4).isPresent());
        assertEquals(6, NoteName.read("the C, then", 4).get().end() + 1);
    }

    @Test
    void theArticle() {
        assertTrue(NoteName.mayBeArticle("a"));
        assertTrue(NoteName.mayBeArticle("a flat"));
        assertFalse(NoteName.mayBeArticle("a#"));
        assertFalse(NoteName.mayBeArticle("ab"));
        assertFalse(NoteName.mayBeArticle("A"));
    }

    @Test
    void theRegexAgreesWithTheReader() {
        Pattern word = Pattern.compile("(?i)" + NoteName.WORD);
        for (String s : new String[] {"C", "f#", "B flat", "E-flat", "Bb3", "D♭", "F##"}) {
            assertTrue(word.matcher(s).matches(), s);
            assertEquals(NoteName.read(s, 0).map(NoteToken::pitchClass).isPresent(), true, s);
        }
        for (String s : new String[] {"be", "bad", "CB", "Cx", "C10"}) {
            assertFalse(word.matcher(s).matches(), s);
        }
        assertEquals(Optional.of(3), NoteName.pitchClass("E-flat"));
        assertEquals(Optional.empty(), NoteName.pitchClass("E4"));
        assertEquals(Optional.empty(), NoteName.pitchClass("bad"));
    }
}
