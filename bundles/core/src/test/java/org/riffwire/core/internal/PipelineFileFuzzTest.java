// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the pipeline files an admin drops in {@code conf/} (bench/fuzz.sh runs it for
 * longer): any bytes read as a file give a pipeline or an {@link IOException} or {@link IllegalArgumentException},
 * the two the file watcher reports as "this file is broken" and skips. Findings are kept under
 * {@code src/test/resources/…/PipelineFileFuzzTestInputs/} and replayed by every build.
 */
class PipelineFileFuzzTest {
    @TempDir
    Path folder;


    @FuzzTest(maxDuration = "10s")
    void readsOrReports(@NotNull byte[] content) throws IOException {
        Path file = folder.resolve("fuzz.config");
        Files.write(file, content);
        try {
            PipelineFiles.read(file);
        } catch (IOException | IllegalArgumentException expected) {
            // The watcher lists the file with this message and keeps every other pipeline.
        }
    }
}
