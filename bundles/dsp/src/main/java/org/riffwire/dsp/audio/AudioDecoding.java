// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.riffwire.api.music.AudioClip;

/** Audio files (WAV, AIFF, AU in any PCM the JDK reads) as clips, through a 16-bit conversion. */
public final class AudioDecoding {
    private AudioDecoding() {
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static AudioClip decode(byte[] file, String name) {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new ByteArrayInputStream(file))) {
            AudioFormat f = source.getFormat();
            AudioFormat pcm = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
            try (AudioInputStream in = AudioSystem.getAudioInputStream(pcm, source)) {
                byte[] bytes = in.readAllBytes();
                int channels = f.getChannels();
                int frames = bytes.length / (2 * channels);
                if (frames == 0) {
                    throw new IllegalArgumentException(name + " holds no audio");
                }
                float[][] out = new float[channels][frames];
                for (int i = 0; i < frames; i++) {
                    for (int c = 0; c < channels; c++) {
                        int at = 2 * (i * channels + c);
                        out[c][i] = (short) ((bytes[at + 1] << 8) | (bytes[at] & 0xFF)) / 32768f;
                    }
                }
                return new AudioClip((int) f.getSampleRate(), out);
            }
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " cannot be read as audio: " + e.getMessage(), e);
        }
    }
}
