// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riffwire.core.api.PipelineDefinition;

class PipelineFilesTest {
    @TempDir
    Path conf;

    @Test
    void aLongValueIsReadNotAStackOverflow() throws Exception {
        Path file = conf.resolve("long.config");
        String value = "x".repeat(20_000);
        Files.writeString(file, "generator=\"symbolic\"\nsettings=[\"genre=" + value + "\"]\n");
        PipelineDefinition d = PipelineFiles.read(file);
        assertEquals(value, d.settings().get("genre"));
    }

    @Test
    void escapedQuotesInValuesAreKept() throws Exception {
        Path file = conf.resolve("q.config");
        Files.writeString(file, "interpreters=[\"keyword\",\"notes\"]\nsettings=[\"title=say \\\"hi\\\"\"]\n");
        PipelineDefinition d = PipelineFiles.read(file);
        assertEquals(List.of("keyword", "notes"), d.interpreters());
        assertEquals("say \"hi\"", d.settings().get("title"));
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws Exception {
        Path file = conf.resolve("big.config");
        Files.writeString(file, "# " + "x".repeat((int) PipelineFiles.MAX_BYTES) + "\n");
        IOException e = assertThrows(IOException.class, () -> PipelineFiles.read(file));
        assertTrue(e.getMessage().contains("at most 64 KiB"), e.getMessage());
    }
}
