// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.riffwire.batch.api.BatchItem;

class PromptListTest {
    private static List<BatchItem> read(String name, String... lines) {
        return PromptList.parse(name, List.of(lines), List.of("mid"), null);
    }

    @Test
    void aTsvListNamesItsColumnsInItsHeaderInAnyOrder() {
        List<BatchItem> items = read("list.tsv",
                "id\tSet\tprompt\tformats\tseed",
                "a1\ttempo=96,key=D\ta folk song\tmid, .wav\t7",
                "",
                "# a comment is not an item",
                "a2\t\ta jazz tune\t\t");
        assertEquals(2, items.size());
        BatchItem first = items.get(0);
        assertEquals(2, first.line());
        assertEquals("a folk song", first.prompt());
        assertEquals(7L, first.seed());
        assertEquals(List.of("mid", "wav"), first.formats());
        assertEquals(Map.of("tempo", "96", "key", "D"), first.settings());
        assertEquals(Map.of("id", "a1"), first.extra());
        assertNull(first.problem());
        BatchItem second = items.get(1);
        assertEquals(5, second.line(), "lines count blank and comment lines, so names follow the file");
        assertNull(second.seed());
        assertEquals(List.of("mid"), second.formats(), "the job's formats for a line that names none");
    }

    @Test
    void spreadsheetQuotingAndWholeNumberSeedsAreRead() {
        List<BatchItem> items = read("list.tsv", "prompt\tseed", "\"a \"\"jazz\"\" tune\"\t42.0", "a \"quoted\" word\t7");
        assertEquals("a \"jazz\" tune", items.get(0).prompt());
        assertEquals(42L, items.get(0).seed());
        assertEquals("a \"quoted\" word", items.get(1).prompt(), "quotes inside a cell stay");
        assertTrue(read("list.tsv", "prompt\tseed", "a tune\t4.5").get(0).problem().contains("not a whole number"));
    }

    @Test
    void aBadLineBecomesAFailedItemAndTheOthersStay() {
        List<BatchItem> items = read("list.tsv",
                "prompt\tseed\tformats\tset",
                "one\tseven\t\t",
                "\t7\t\t",
                "three\t\tmid;wav\t",
                "four\t\t\tno-equals-sign",
                "five\t\t\t\textra field",
                "six\t1\t\t");
        assertEquals(6, items.size());
        assertTrue(items.get(0).problem().contains("'seven' is not a whole number"), items.get(0).problem());
        assertTrue(items.get(1).problem().contains("no prompt"), items.get(1).problem());
        assertTrue(items.get(2).problem().contains("'mid;wav' is not a file format"), items.get(2).problem());
        assertTrue(items.get(3).problem().contains("key=value"), items.get(3).problem());
        assertTrue(items.get(4).problem().contains("5 tab-separated fields, the header names 4"), items.get(4).problem());
        assertNull(items.get(5).problem());
    }

    @Test
    void aListWithoutAPromptColumnIsRefusedAsAWhole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("list.tsv", "text\tseed", "a song\t1"));
        assertTrue(e.getMessage().contains("names no prompt column"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("list.tsv", "prompt\tprompt", "a\tb"));
        assertThrows(IllegalArgumentException.class, () -> read("list.tsv", "", "# only comments"));
    }

    @Test
    void jsonLinesTakeTheSameFieldsWithJsonTypes() {
        List<BatchItem> items = read("list.jsonl",
                "{\"prompt\": \"a reel in D\", \"seed\": 3, \"formats\": [\"mid\", \"abc\"], \"set\": {\"tempo\": 120, \"drums\": false}, \"id\": 9}",
                "{\"prompt\": \"a waltz\", \"pipeline\": \"mine\", \"formats\": \"mid,wav\"}",
                "{\"prompt\": \"broken\", ",
                "[1, 2]");
        assertEquals(4, items.size());
        assertEquals(3L, items.get(0).seed());
        assertEquals(List.of("mid", "abc"), items.get(0).formats());
        assertEquals(Map.of("tempo", "120", "drums", "no"), items.get(0).settings());
        assertEquals(Map.of("id", "9"), items.get(0).extra());
        assertEquals("mine", items.get(1).pipeline());
        assertEquals(List.of("mid", "wav"), items.get(1).formats());
        assertTrue(items.get(2).problem().startsWith("not a JSON object"), items.get(2).problem());
        assertTrue(items.get(3).problem().startsWith("not a JSON object"), items.get(3).problem());
    }

    @Test
    void theFormatIsSniffedWhenTheExtensionSaysNothing() {
        assertEquals("a", read("prompts", "{\"prompt\": \"a\"}").get(0).prompt());
        assertEquals("b", read("prompts", "prompt", "b").get(0).prompt());
    }

    @Test
    void anItemSurvivesTheTripToAnotherJvm() {
        BatchItem item = read("list.tsv", "prompt\tseed\tset\tid", "a \"quoted\" song\t-5\tgenre=jazz, rain\tx")
                .get(0);
        assertEquals(item, ItemJson.read(ItemJson.write(item)));
    }
}
