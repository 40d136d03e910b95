// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riffwire.notes.abc.Abc.error;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbcErrorTest {
    @Test
    void unclosedChordNamesTheBarAndPlace() {
        AbcSyntaxException e = error("X:1\nK:C\nCDEF|[CEG D|");
        assertEquals("ABC: unclosed chord '[' in bar 2 (line 3, column 6)", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(6, e.column());
    }

    @Test
    void unexpectedCharacterNamesTheBar() {
        AbcSyntaxException e = error("X:1\nK:C\nCD|EF|GsA|");
        assertEquals("ABC: unexpected character 's' in bar 3 (line 3, column 8)", e.getMessage());
    }

    @Test
    void headerWithXNeedsAKey() {
        AbcSyntaxException e = error("X:1\nT:No key\nM:4/4\nCDEF|");
        assertTrue(e.getMessage().startsWith("ABC: K: field missing"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void headerWithoutAnyMusicNeedsAKeyToo() {
        assertTrue(error("X:1\nT:Only a title").getMessage().contains("K: field missing"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = ';', value = {
        "X:1\\nK:C\\n;                      the tune has no notes",
        "X:1\\nK:C\\nz4 | Z2 |;             the tune has no notes",
        "'';                                the text holds no tune",
        "'  \\n  \\n';                      the text holds no tune",
        "X:1\\nK:C\\n\"Am CDE;              unclosed chord symbol",
        "X:1\\nK:C\\n{ga CDE;               unclosed grace notes",
        "X:1\\nK:C\\n!trill CDE;            unclosed decoration",
        "X:1\\nK:C\\nC [K:G D;              unclosed inline field '[K:'",
        "X:1\\nK:C\\nC []D;                 empty chord",
        "X:1\\nM:7/9\\nK:C\\nC;             the meter '7/9' in the M: field is not supported",
        "X:1\\nM:fast\\nK:C\\nC;            cannot read the meter 'fast'",
        "X:1\\nL:eighth\\nK:C\\nC;          cannot read the unit note length 'eighth'",
        "X:1\\nQ:quick\\nK:C\\nC;           cannot read the tempo 'quick'",
        "X:1\\nK:H\\nC;                     unknown key 'H'",
        "X:1\\nK:Dxyz\\nC;                  unknown mode 'xyz'",
        "X:1\\nK:C\\nc'''''''';             outside the MIDI range",
        "X:1\\nK:C\\n>C;                    the broken rhythm '>' has no note before it",
        "X:1\\nK:C\\nC>;                    the broken rhythm '>' in bar 1 has no note after it",
        "X:1\\nK:C\\nC>>>>D;                more than three signs",
        "X:1\\nK:C\\nC0;                    a note length of 0",
        "X:1\\nK:C\\nC/0;                   divides by 0",
        "X:1\\nK:C\\n(1C;                   the tuplet '(1' needs p of at least 2",
        "X:1\\nK:C\\nC ^ D;                 the accidental '^' is not followed by a note letter",
        "X:1\\nK:C\\nC : D;                 a repeat sign needs a bar line",
        "X:1\\nK:C\\nC ] D;                 unexpected character ']'",
        "X:1\\nK:C\\nC k D;                 unexpected character 'k'",
        "X:1\\nL:1/64\\nK:C\\nC//////;      shorter than one tick",
        "X:1\\nK:C\\nC99999;                the number 99999 is too large",
        "X:1\\nK:C\\nCD|[K:Q]E;             unknown key 'Q' in the K: field in bar 2",
        "X:1\\nK:C\\nCD|\\nM:9/7\\nE;       up to 32) in bar 2 (line 4)",
    })
    void problemsAreNamed(String text, String expected) {
        String message = error(text.replace("\\n", "\n")).getMessage();
        assertTrue(message.startsWith("ABC: "), message);
        assertTrue(message.contains(expected), () -> "'" + message + "' should contain '" + expected + "'");
    }

    @Test
    void nullTextIsAnError() {
        assertThrows(null);
    }

    private static void assertThrows(String text) {
        org.junit.jupiter.api.Assertions.assertThrows(AbcSyntaxException.class, () -> new AbcParser().parse(text));
    }
}
