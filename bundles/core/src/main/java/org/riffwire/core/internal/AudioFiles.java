// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.riffwire.api.music.AudioClip;
import org.riffwire.core.api.BadRequestException;

/**
 * Reads audio files (WAV, AIFF, AU; 8 to 32-bit PCM) into float clips with the JDK's sampled-audio support. The
 * type is read from the file's first bytes (the JDK would otherwise synthesise a MIDI file named .wav), and the
 * length from its header before any sample is read: at most {@value #MAX_MINUTES} minutes, decoded in blocks, so
 * memory stays near the samples' own size (about 320 MB for the longest stereo file at 44.1 kHz).
 */
final class AudioFiles {
    static final int MAX_MINUTES = 15;
    private static final int BLOCK_BYTES = 1 << 16;

    private AudioFiles() {
    }

    static AudioClip read(Path file) throws BadRequestException {
        if (!Files.isRegularFile(file)) {
            throw new BadRequestException("cannot read " + file + ": " + (Files.exists(file)
                    ? "not a regular file (a folder, pipe or device)" : "no such file"));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(16);
            byte[] head = in.readNBytes(12);
            in.reset();
            checkType(head, file.toString());
            return decode(in, file.toString(), Files.size(file));
        } catch (IOException e) {
            throw new BadRequestException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkType(byte[] head, String name) throws BadRequestException {
        String riff = new String(head, 0, Math.min(4, head.length), java.nio.charset.StandardCharsets.ISO_8859_1);
        String form = head.length >= 12 ? new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        boolean audio = riff.equals("RIFF") && form.equals("WAVE") || riff.equals("FORM") && (form.equals("AIFF")
                || form.equals("AIFC")) || riff.equals(".snd");
        if (!audio) {
            throw new BadRequestException(name + " is not a WAV, AIFF or AU file" + (riff.equals("MThd")
                    ? " but a MIDI file: analyze measures audio; render it first (generate -o piece.wav)" : ""));
        }
    }

    /** @param fileBytes the file's size, which bounds what the header may claim and so what is allocated */
    private static AudioClip decode(InputStream in, String name, long fileBytes) throws IOException,
            BadRequestException {
        AudioInputStream source;
        try {
            source = AudioSystem.getAudioInputStream(in);
        } catch (UnsupportedAudioFileException e) {
            throw new BadRequestException(name + " is not an audio file Riffwire can read (WAV, AIFF or AU)");
        }
        AudioFormat f = source.getFormat();
        int bits = f.getSampleSizeInBits();
        if (f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED && f.getEncoding() != AudioFormat.Encoding.PCM_UNSIGNED
                || bits % 8 != 0 || bits < 8 || bits > 32) {
            throw new BadRequestException(name + " holds " + f.getEncoding() + " " + bits
                    + "-bit audio; Riffwire reads linear PCM of 8 to 32 bits");
        }
        int channels = f.getChannels();
        if (channels < 1 || channels > 8 || !(f.getSampleRate() >= 1000 && f.getSampleRate() <= 384_000)) {
            throw new BadRequestException(name + " declares " + channels + " channels at " + f.getSampleRate()
                    + " Hz; Riffwire reads 1 to 8 channels at 1 to 384 kHz");
        }
        int bytesPerSample = bits / 8;
        int frameBytes = bytesPerSample * channels;
        long maxFrames = (long) MAX_MINUTES * 60 * (long) f.getSampleRate();
        long declared = source.getFrameLength();
        if (declared > maxFrames) {
            throw new BadRequestException(String.format(java.util.Locale.ROOT, "%s is %.1f minutes long; analyze reads "
                    + "up to %d minutes", name, declared / f.getSampleRate() / 60, MAX_MINUTES));
        }
        // A header may not say its length, or may claim far more than the file holds: memory follows the samples
        // the file really has (about four bytes per sample, twice that while growing), and the reading itself
        // stops at the limit.
        long present = fileBytes / frameBytes + 1;
        int capacity = (int) Math.min(declared > 0 ? declared : Math.min(maxFrames, 1 << 20), present);
        float[][] pcm = new float[channels][capacity];
        double scale = Math.pow(2, bits - 1);
        boolean unsigned = f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
        byte[] block = new byte[BLOCK_BYTES - BLOCK_BYTES % frameBytes];
        int frames = 0;
        int n;
        while ((n = source.readNBytes(block, 0, block.length)) > 0) {
            int whole = n / frameBytes;
            if (frames + whole > maxFrames) {
                throw new BadRequestException(name + " is longer than " + MAX_MINUTES + " minutes; analyze reads up to "
                        + MAX_MINUTES);
            }
            if (frames + whole > pcm[0].length) {
                int grown = (int) Math.min(maxFrames, Math.max(frames + whole, 2L * pcm[0].length));
                for (int c = 0; c < channels; c++) {
                    pcm[c] = java.util.Arrays.copyOf(pcm[c], grown);
                }
            }
            for (int i = 0; i < whole; i++) {
                for (int c = 0; c < channels; c++) {
                    int offset = (i * channels + c) * bytesPerSample;
                    long v = 0;
                    for (int b = 0; b < bytesPerSample; b++) {
                        int index = f.isBigEndian() ? offset + b : offset + bytesPerSample - 1 - b;
                        v = (v << 8) | (block[index] & 0xFF);
                    }
                    if (unsigned) {
                        v -= (long) scale;
                    } else if (v >= scale) {
                        v -= 2 * (long) scale;
                    }
                    pcm[c][frames + i] = (float) (v / scale);
                }
            }
            frames += whole;
        }
        if (frames == 0) {
            throw new BadRequestException(name + " holds no audio");
        }
        if (frames < pcm[0].length) {
            for (int c = 0; c < channels; c++) {
                pcm[c] = java.util.Arrays.copyOf(pcm[c], frames);
            }
        }
        return new AudioClip((int) f.getSampleRate(), pcm);
    }
}
