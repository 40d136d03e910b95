// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import org.riffwire.api.music.Spectrogram;
import org.riffwire.dsp.spectral.Stft;

/**
 * A pitch-class profile of a whole clip: spectral magnitude between 65 Hz and 2 kHz folded onto the twelve pitch
 * classes. Overtones leak into other classes (a fifth, a major third), which key finding tolerates.
 */
final class Chroma {
    private static final int SIZE = 8192;
    private static final int HOP = 4096;
    private static final double LOW_HZ = 65;
    private static final double HIGH_HZ = 2000;

    private Chroma() {
    }

    static double[] profile(float[] mono, int sampleRate) {
        double[] profile = new double[12];
        if (mono.length < SIZE) {
            return profile;
        }
        Spectrogram spectrum = new Stft(SIZE, HOP, SIZE).magnitudes(mono, sampleRate);
        int[] pitchClassOfBin = new int[spectrum.bins()];
        for (int b = 0; b < pitchClassOfBin.length; b++) {
            double hz = (double) b * sampleRate / SIZE;
            pitchClassOfBin[b] = hz < LOW_HZ || hz > HIGH_HZ ? -1
                    : Math.floorMod((int) Math.round(12 * Math.log(hz / 440.0) / Math.log(2)) + 69, 12);
        }
        for (int f = 0; f < spectrum.frames(); f++) {
            for (int b = 0; b < pitchClassOfBin.length; b++) {
                if (pitchClassOfBin[b] >= 0) {
                    profile[pitchClassOfBin[b]] += spectrum.magnitude(f, b);
                }
            }
        }
        return profile;
    }
}
