// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.riffwire.batch.api.BatchItem;
import org.riffwire.batch.api.BatchJob;

class BatchItemTest {
    private static BatchItem item(int line, String prompt, Long seed) {
        return new BatchItem(line, prompt, seed, null, List.of("mid"), Map.of(), Map.of(), null);
    }

    @Test
    void namesComeFromTheLineAndThePromptWords() {
        assertEquals("000042-a-folk-song-in-d-major", item(42, "A folk song in D major!", null).name());
        assertEquals("000007-piece", item(7, "音楽", null).name());
        assertEquals("1234567-" + "x".repeat(40), item(1_234_567, "x".repeat(100), null).name(), "the words cut at 40 letters");
    }

    @Test
    void seedsComeFromTheLineWhenTheListGivesNone() {
        assertEquals(item(2, "a song", null).effectiveSeed(), item(2, "a song", null).effectiveSeed());
        assertNotEquals(item(2, "a song", null).effectiveSeed(), item(3, "a song", null).effectiveSeed(),
                "two lines with one prompt make two pieces");
        assertEquals(99L, item(2, "a song", 99L).effectiveSeed());
        assertTrue(item(2, "a song", null).effectiveSeed() >= 0);
    }

    @Test
    void theDigestChangesWithWhatDecidesTheBytes() {
        BatchItem base = item(2, "a song", null);
        assertEquals(base.digest(), item(2, "a song", null).digest());
        assertNotEquals(base.digest(), item(2, "a song", 5L).digest());
        assertNotEquals(base.digest(), new BatchItem(2, "a song", null, null, List.of("wav"), Map.of(), Map.of(), null).digest());
        assertNotEquals(base.digest(), new BatchItem(2, "a song", null, null, List.of("mid"), Map.of("tempo", "90"), Map.of(), null).digest());
        assertEquals(base.digest(), new BatchItem(2, "a song", null, null, List.of("mid"), Map.of(), Map.of("id", "7"), null).digest(),
                "extra columns do not change the piece");
    }

    @Test
    void batchOptionsAreStrict() {
        BatchJob job = BatchJob.parse(List.of("list.tsv", "--out", "data", "--workers=3", "--formats", "mid,wav", "--verify"));
        assertEquals(Path.of("list.tsv"), job.list());
        assertEquals(3, job.workers());
        assertEquals(List.of("mid", "wav"), job.formats());
        assertTrue(job.verify());
        assertEquals(BatchJob.LOCAL, job.engine());
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("list.tsv")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("--out", "d")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("l", "--out", "d", "--workers", "0")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("l", "--out", "d", "--bogus")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("l", "m", "--out", "d")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("l", "--out", "d", "--master", "local[2]")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("l", "--out", "d", "--format", "parquet")));
        assertThrows(IllegalArgumentException.class, () -> BatchJob.parse(List.of("l", "--out", "d", "--engine", "flink")));
        assertEquals("local[2]", BatchJob.parse(List.of("l", "--out", "d", "--engine", "spark", "--master", "local[2]",
                "--format", "parquet")).master());
    }
}
