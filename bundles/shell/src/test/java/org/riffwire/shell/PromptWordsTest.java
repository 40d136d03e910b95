// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PromptWordsTest {
    @Test
    void wordsArePromptText() {
        PromptWords w = PromptWords.read("riff:generate", "a", "waltz", "at", "-90", "bpm");
        assertEquals("a waltz at -90 bpm", w.text());
        assertEquals(List.of(), w.outputs());
    }

    @Test
    void everyFurtherOutputIsKept() {
        PromptWords w = PromptWords.read("riff:generate", "-o", "b.wav,c.abc", "a waltz", "--output", "d.mid");
        assertEquals(List.of("b.wav", "c.abc", "d.mid"), w.outputs());
        assertEquals("a waltz", w.text());
    }

    @Test
    void unknownOptionsAreErrorsNotPromptText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PromptWords.read("riff:generate", "--tempo", "90", "a waltz"));
        assertEquals("riff:generate: unknown option --tempo; see help riff:generate", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PromptWords.read("riff:generate", "a waltz", "-o"));
    }

    @Test
    void helpIsAskedForAnywhere() {
        assertTrue(PromptWords.read("riff:interpret", "--help").help());
        assertTrue(PromptWords.read("riff:interpret", "a jig", "-h").help());
    }
}
