// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.core.api.TextReports;

class SmallPartsTest {
    @Test
    void seedsAreStableAndIgnoreSurroundingSpace() {
        assertEquals(Seeds.fromPrompt("a waltz"), Seeds.fromPrompt("  a waltz\n"));
        assertNotEquals(Seeds.fromPrompt("a waltz"), Seeds.fromPrompt("a waltz!"));
        assertTrue(Seeds.fromPrompt("anything") >= 0);
    }

    @Test
    void pipelineFiltersEscapeNames() {
        var props = PipelineProperties.of("p", List.of("keyword", "a*b"), "gen(x)");
        assertEquals("(|(riffwire.name=keyword)(riffwire.name=a\\*b))", props.get("interpreters.target"));
        assertEquals("(riffwire.name=gen\\(x\\))", props.get("generator.target"));
        assertEquals(2, props.get("interpreters.cardinality.minimum"));
    }

    @Test
    void promptsAreValidated() throws Exception {
        assertThrows(InvalidPromptException.class, () -> StudioImpl.validate(" \n\t"));
        InvalidPromptException huge = assertThrows(InvalidPromptException.class, () -> StudioImpl.validate("x".repeat(4097)));
        assertTrue(huge.getMessage().contains("4097"));
        assertEquals("a waltz", StudioImpl.validate("  a waltz ").text());
    }

    @Test
    void defaultOutputIsASlugUnderOut() {
        assertEquals(Path.of("out", "a-waltz-in-a-minor-at-90-bpm.mid"), TextReports.defaultOutput("A waltz in A minor, at 90 bpm!"));
        assertEquals(Path.of("out", "piece.mid"), TextReports.defaultOutput("♪♪♪"));
        assertTrue(TextReports.defaultOutput("word ".repeat(40)).getFileName().toString().length() <= 52);
    }
}
