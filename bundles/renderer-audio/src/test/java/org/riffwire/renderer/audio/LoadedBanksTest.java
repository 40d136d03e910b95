// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import javax.sound.midi.Soundbank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SoundFont is loaded once per path while its file is unchanged; a replaced file is read again. */
class LoadedBanksTest {
    @Test
    void aBankIsKeptByPathAndModificationTime(@TempDir Path dir) throws Exception {
        Path first = Files.write(dir.resolve("a.sf2"), TinySoundFont.bytes());
        Path second = Files.write(dir.resolve("b.sf2"), TinySoundFont.bytes());
        LoadedBanks<Soundbank> banks = new LoadedBanks<>(SoundFontFile::load);
        Soundbank a = banks.get(first);
        assertSame(a, banks.get(first), "the same file: the bank already loaded");
        Soundbank b = banks.get(second);
        assertSame(a, banks.get(first), "switching back costs nothing");
        assertSame(b, banks.get(second));
        Files.setLastModifiedTime(first, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 5_000));
        assertNotSame(a, banks.get(first), "a file changed on disk is loaded again");
    }
}
