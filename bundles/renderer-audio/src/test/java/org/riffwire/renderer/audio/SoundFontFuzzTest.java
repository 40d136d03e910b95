// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;

/**
 * Coverage-guided fuzzing of SoundFont loading, by the JDK's loader and by the sample player's (bench/fuzz.sh
 * runs it for longer), from the tiny bank of
 * {@link TinySoundFont}: any bytes as a .sf2 file either load and render a note, or fail with an
 * {@link IOException} that names the file. Findings are kept under
 * {@code src/test/resources/…/SoundFontFuzzTestInputs/} and replayed by every build.
 */
class SoundFontFuzzTest {
    private static final Score ONE_NOTE = new Score(960, 120, new Meter(4, 4), new Key(0, Mode.MAJOR),
            List.of(new Track("Melody", TrackRole.MELODY, 0, 0, List.of(new Note(69, 0, 240, 100)))), 480);
    @TempDir
    Path folder;


    @Test
    void theSeedBankLoadsAndSounds() throws IOException {
        Path file = folder.resolve("fuzz.sf2");
        Files.write(file, TinySoundFont.bytes());
        AudioClip clip = GervillRenderer.render(ONE_NOTE, SoundFontFile.load(file));
        assertTrue(clip.frames() > 0);
        assertTrue(SamplePlayer.render(ONE_NOTE, Sf2Bank.read(file)).frames() > 0);
    }

    @FuzzTest(maxDuration = "10s")
    void loadsOrRefuses(@NotNull byte[] content) throws IOException {
        Path file = folder.resolve("fuzz.sf2");
        Files.write(file, content.length == 0 ? TinySoundFont.bytes() : content);
        try {
            GervillRenderer.render(ONE_NOTE, SoundFontFile.load(file));
        } catch (IOException expected) {
            // Reported as "SoundFont FILE …", exit 2, with the previous output kept.
        }
        try {
            SamplePlayer.render(ONE_NOTE, Sf2Bank.read(file));
        } catch (IOException expected) {
            // The sample player's bank reader refuses the same way.
        }
    }
}
