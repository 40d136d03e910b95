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

/** Reads audio files (WAV, AIFF, AU; 8 to 32-bit PCM) into float clips with the JDK's sampled-audio support. */
final class AudioFiles {
    private AudioFiles() {
    }

    static AudioClip read(Path file) throws BadRequestException {
        if (!Files.isRegularFile(file)) {
            throw new BadRequestException("cannot read " + file + ": no such file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return decode(in, file.toString());
        } catch (IOException e) {
            throw new BadRequestException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static AudioClip decode(InputStream in, String name) throws IOException, BadRequestException {
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
        int bytesPerSample = bits / 8;
        byte[] data = source.readAllBytes();
        int frames = data.length / (bytesPerSample * channels);
        if (frames == 0) {
            throw new BadRequestException(name + " holds no audio");
        }
        float[][] pcm = new float[channels][frames];
        double scale = Math.pow(2, bits - 1);
        boolean unsigned = f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                int offset = (i * channels + c) * bytesPerSample;
                long v = 0;
                for (int b = 0; b < bytesPerSample; b++) {
                    int index = f.isBigEndian() ? offset + b : offset + bytesPerSample - 1 - b;
                    v = (v << 8) | (data[index] & 0xFF);
                }
                if (unsigned) {
                    v -= (long) scale;
                } else if (v >= scale) {
                    v -= 2 * (long) scale;
                }
                pcm[c][i] = (float) (v / scale);
            }
        }
        return new AudioClip((int) f.getSampleRate(), pcm);
    }
}
