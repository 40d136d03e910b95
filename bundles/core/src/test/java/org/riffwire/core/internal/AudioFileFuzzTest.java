// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

import org.junit.jupiter.api.io.TempDir;
import org.riffwire.core.api.BadRequestException;

/**
 * Coverage-guided fuzzing of the audio files {@code riffwire analyze} reads (bench/fuzz.sh runs it for longer):
 * any bytes give a clip or a {@link BadRequestException}, within the fuzz run's heap (512 MiB in bench/fuzz.sh).
 * Findings are kept under {@code src/test/resources/…/AudioFileFuzzTestInputs/} and replayed by every build.
 */
class AudioFileFuzzTest {
    @TempDir
    Path folder;


    @FuzzTest(maxDuration = "10s")
    void readsOrRefuses(@NotNull byte[] content) throws IOException {
        Path file = folder.resolve("fuzz.wav");
        Files.write(file, content);
        try {
            AudioFiles.read(file);
        } catch (BadRequestException expected) {
            // A clear refusal is the contract.
        }
    }
}
