// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Soundbank;

/**
 * Checks that a file is a whole SoundFont 2 bank before the synthesizer is given it: a regular file, a RIFF
 * {@code sfbk} form whose declared size is the file's, and its three parts (INFO, sdta with the samples, pdta
 * with the presets). The JDK's loader takes a cut-off bank without complaint and plays silence, and reads a
 * device such as /dev/zero for ever; these are refused here with what is wrong. {@link #load} is the one way the
 * renderer reads a bank for Gervill, and it also refuses what the sample player's reader ({@link Sf2Bank})
 * refuses, and zones looping a stretch of no length, on which Gervill never returns.
 */
final class SoundFontFile {
    private SoundFontFile() {
    }

    /**
     * The bank of a checked file. The JDK's loader throws unchecked exceptions on some malformed preset data (an
     * index past a table's end, a negative size); those are this file's fault, so they are reported as such.
     */
    static Soundbank load(Path file) throws IOException {
        // The sample player's reader first: what it refuses (a chunk past its part) is refused here too, where
        // Gervill would take it, and it finds the loops Gervill cannot play.
        String loop = Sf2Bank.read(file).emptyLoop();
        if (loop != null) {
            // Gervill's resampler spins for ever on such a loop (found by fuzzing): refuse it instead of hanging.
            throw new IOException("SoundFont " + file + " cannot be played by the JDK's synthesizer: " + loop
                    + " (the default sample player plays it, without the loop)");
        }
        try {
            return MidiSystem.getSoundbank(file.toFile());
        } catch (InvalidMidiDataException | RuntimeException e) {
            throw new IOException("SoundFont " + file + " cannot be read: " + (e.getMessage() != null ? e.getMessage()
                    : "its preset data is malformed (" + e.getClass().getSimpleName() + ")"), e);
        }
    }

    static void check(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("SoundFont " + file + " is not a regular file"
                    + (Files.exists(file) ? " (a folder, pipe or device)" : " (it does not exist)"));
        }
        long size = Files.size(file);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(in, 0, 12);
            if (head == null || !tag(head, 0).equals("RIFF") || !tag(head, 8).equals("sfbk")) {
                throw new IOException("SoundFont " + file + " is not a SoundFont 2 file (no RIFF sfbk header)");
            }
            long declared = Integer.toUnsignedLong(head.getInt(4)) + 8;
            if (declared > size) {
                throw new IOException(String.format("SoundFont %s is cut off: its header says %d bytes, the file has %d",
                        file, declared, size));
            }
            Set<String> parts = new HashSet<>();
            long at = 12;
            while (at + 12 <= declared) {
                ByteBuffer chunk = read(in, at, 12);
                if (chunk == null) {
                    break;
                }
                long length = Integer.toUnsignedLong(chunk.getInt(4));
                if (tag(chunk, 0).equals("LIST")) {
                    parts.add(tag(chunk, 8));
                }
                at += 8 + length + (length & 1);
            }
            if (at > declared) {
                throw new IOException("SoundFont " + file + " is cut off inside its " + (parts.contains("pdta") ? "presets"
                        : parts.contains("sdta") ? "samples" : "header"));
            }
            for (String part : new String[] {"INFO", "sdta", "pdta"}) {
                if (!parts.contains(part)) {
                    throw new IOException("SoundFont " + file + " has no " + part + " part"
                            + (part.equals("pdta") ? " (no presets: it is cut off or not a bank)" : ""));
                }
            }
        }
    }

    /** {@code length} bytes at {@code position}, or null if the file ends first. */
    private static ByteBuffer read(FileChannel in, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (in.read(b, position + b.position()) < 0) {
                return null;
            }
        }
        return b.flip();
    }

    private static String tag(ByteBuffer b, int offset) {
        byte[] four = new byte[4];
        for (int i = 0; i < 4; i++) {
            four[i] = b.get(offset + i);
        }
        return new String(four, StandardCharsets.US_ASCII);
    }
}
