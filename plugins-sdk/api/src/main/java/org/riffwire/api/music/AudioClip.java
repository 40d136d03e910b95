// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

/** Float PCM audio in [-1, 1], one array per channel, all of equal length. */
public final class AudioClip {
    private final int sampleRate;
    private final float[][] channels;

    public AudioClip(int sampleRate, float[][] channels) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive");
        }
        if (channels.length == 0) {
            throw new IllegalArgumentException("audio needs at least one channel");
        }
        this.sampleRate = sampleRate;
        this.channels = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            if (channels[c].length != channels[0].length) {
                throw new IllegalArgumentException("all channels must have the same length");
            }
            this.channels[c] = channels[c].clone();
        }
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channelCount() {
        return channels.length;
    }

    public int frames() {
        return channels[0].length;
    }

    /** A copy of one channel's samples. */
    public float[] channel(int index) {
        return channels[index].clone();
    }

    public double seconds() {
        return (double) frames() / sampleRate;
    }
}
