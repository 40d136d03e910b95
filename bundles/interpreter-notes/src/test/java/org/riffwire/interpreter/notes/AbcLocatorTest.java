// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbcLocatorTest {
    @Test
    void inlineHeadersGoOnLinesOfTheirOwn() {
        assertEquals("X:1\nT:My Tune\nM:6/8\nL:1/8\nK:D\n|:dAF dAF:|\n",
                InlineHeaderSplitter.split("X:1 T:My Tune M:6/8 L:1/8 K:D |:dAF dAF:|"));
    }

    @Test
    void keyModesAndAccidentalsStayWithTheKey() {
        assertEquals("X:1\nK:A dorian ^g\nABc|\n", InlineHeaderSplitter.split("X:1 K:A dorian ^g ABc|"));
        assertEquals("X:1\nK:Em\nEFG|\n", InlineHeaderSplitter.split("X:1 K:Em EFG|"));
    }

    @Test
    void musicAfterAOneWordFieldLeavesTheHeader() {
        assertEquals("X:1\nM:4/4\nCDEF|\n\n", InlineHeaderSplitter.split("X:1 M:4/4 CDEF|"));
    }

    @Test
    void theBodyIsLeftAlone() {
        String abc = "X:1\nK:C\nC:|D T:|\n";
        assertEquals(abc + "\n", InlineHeaderSplitter.split(abc));
    }

    @Test
    void abcRunsFromTheFirstHeaderToTheEnd() {
        String prompt = "something like X:1 T:Tune K:G GABc|";
        AbcPassage passage = AbcLocator.find(prompt).orElseThrow();
        assertEquals(prompt.indexOf("X:1"), passage.start());
        assertEquals(prompt.length(), passage.end());
        assertEquals("X:1 T:Tune K:G GABc|", passage.words());
    }

    @Test
    void fencesWinAndEndTheAbc() {
        String prompt = "see ```\nX:1\nK:G\nGAB|\n``` and make it fast";
        AbcPassage passage = AbcLocator.find(prompt).orElseThrow();
        assertEquals(prompt.indexOf("and") - 1, passage.end());
        assertEquals("X:1\nK:G\nGAB|", passage.words());
    }

    @Test
    void headerLineWithoutX() {
        assertTrue(AbcLocator.find("my tune:\nM:3/4\nL:1/4\nGAB|").isPresent());
        assertTrue(AbcLocator.find("T:Name\nK:Em\nEFG").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"use the `notes` tool", "```java\nint x = 1;\n```", "T: a title only\nmake it happy",
        "Q: what tempo suits a waltz?", "Note: keep it short", "a jazz tune"})
    void proseIsNotAbc(String prompt) {
        assertFalse(AbcLocator.find(prompt).isPresent(), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X:1\nK:C\nC", "|: GABc :|", "CDE FGA", "K:Dm\nDEF"})
    void looksLikeAbc(String text) {
        assertTrue(AbcLocator.looksLikeAbc(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a piano song called `cafe` in G", "a song called `bad cafe`", "play `Cafe` softly",
        "the `BEAD` tuning", "remember your ABC: a simple nursery tune", "ABC: easy as 1 2 3",
        "abc: a bad tune"})
    void wordsAreNotAbc(String prompt) {
        assertFalse(AbcLocator.find(prompt).isPresent(), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K:G\nGABc", "|cafe|", "C2DE F2GA", "CDEF GABc", "dcBA", "X:1 K:D DFA"})
    void quotedAbc(String text) {
        assertTrue(AbcLocator.looksLikeQuotedAbc(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cafe", "bad", "Cafe", "CAFE", "bad cafe", "ABC", "deaf"})
    void quotedWords(String text) {
        assertFalse(AbcLocator.looksLikeQuotedAbc(text), text);
    }

    @Test
    void aLabelBeforeProseIsSkippedForALaterOne() {
        String prompt = "I love abc: notation. abc: |: GABc dedB :|";
        AbcPassage passage = AbcLocator.find(prompt).orElseThrow();
        assertEquals(prompt.lastIndexOf("abc:"), passage.start());
        assertEquals("|: GABc dedB :|", passage.words());
    }

    @Test
    void aLabelBeforeBareNotes() {
        assertEquals("CDEF GABc", AbcLocator.find("abc: CDEF GABc").orElseThrow().words());
    }
}
