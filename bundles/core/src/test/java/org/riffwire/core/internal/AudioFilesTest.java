// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riffwire.api.music.AudioClip;
import org.riffwire.core.api.BadRequestException;

class AudioFilesTest {
    @TempDir
    Path dir;

    private Path wav(String name, short[] samples, int channels) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        AudioFormat format = new AudioFormat(44_100, 16, channels, true, false);
        Path file = dir.resolve(name);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), format, samples.length / channels),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    /** The fuzzer's finding: 28 bytes of AU header that claim 14 minutes of five channels. */
    @Test
    void memoryFollowsTheSamplesAFileHoldsNotWhatItsHeaderClaims() throws Exception {
        byte[] au = {0x2e, 0x73, 0x6e, 0x64, 0x00, 0x18, 0x00, 0x01, 0x10, 0x00, 0x03, 0x20, 0x00, 0x00, 0x00, 0x03,
            0x00, 0x00, (byte) 0xe1, (byte) 0xc0, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x0e};
        Path file = Files.write(dir.resolve("claims-much.au"), au);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            AudioFiles.read(file);
        } catch (BadRequestException expected) {
            // Too short to hold audio: refused, as it should be.
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 16L << 20, "reading 28 bytes allocated " + (allocated >> 20) + " MiB");
    }

    @Test
    void readsEverySampleOfAFileLongerThanOneBlock() throws Exception {
        short[] samples = new short[2 * 100_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (i % 2 == 0 ? 16_384 : -8_192);
        }
        AudioClip clip = AudioFiles.read(wav("long.wav", samples, 2));
        assertEquals(100_000, clip.channel(0).length);
        assertEquals(0.5f, clip.channel(0)[99_999], 1e-6f);
        assertEquals(-0.25f, clip.channel(1)[12_345], 1e-6f);
    }

    @Test
    void aMidiFileNamedWavIsRefusedNotSynthesised() throws Exception {
        Path fake = Files.write(dir.resolve("song.wav"), new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 1, 0, 1, 1, (byte) 0xE0});
        BadRequestException e = assertThrows(BadRequestException.class, () -> AudioFiles.read(fake));
        assertTrue(e.getMessage().contains("but a MIDI file"), e.getMessage());
        Path text = Files.writeString(dir.resolve("notes.wav"), "hello");
        assertTrue(assertThrows(BadRequestException.class, () -> AudioFiles.read(text)).getMessage()
                .contains("is not a WAV, AIFF or AU file"));
        assertTrue(assertThrows(BadRequestException.class, () -> AudioFiles.read(dir)).getMessage()
                .contains("not a regular file"));
    }

    @Test
    void aFileLongerThanTheLimitIsRefusedFromItsHeader() throws Exception {
        // A header that declares an hour of stereo audio, followed by a few samples.
        long frames = 3600L * 44_100;
        ByteBuffer h = ByteBuffer.allocate(44 + 64).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt((int) (36 + frames * 4)).put("WAVE".getBytes());
        h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(44_100).putInt(44_100 * 4)
                .putShort((short) 4).putShort((short) 16);
        h.put("data".getBytes()).putInt((int) (frames * 4));
        Path hour = Files.write(dir.resolve("hour.wav"), h.array());
        BadRequestException e = assertThrows(BadRequestException.class, () -> AudioFiles.read(hour));
        assertTrue(e.getMessage().contains("minutes long; analyze reads up to " + AudioFiles.MAX_MINUTES), e.getMessage());
    }
}
