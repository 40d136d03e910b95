// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

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
        FFT fft = new FFT(SIZE, new HannWindow());
        int[] pitchClassOfBin = new int[SIZE / 2];
        for (int b = 0; b < SIZE / 2; b++) {
            double hz = (double) b * sampleRate / SIZE;
            pitchClassOfBin[b] = hz < LOW_HZ || hz > HIGH_HZ ? -1
                    : Math.floorMod((int) Math.round(12 * Math.log(hz / 440.0) / Math.log(2)) + 69, 12);
        }
        float[] buffer = new float[SIZE];
        float[] magnitudes = new float[SIZE / 2];
        for (int start = 0; start + SIZE <= mono.length; start += HOP) {
            System.arraycopy(mono, start, buffer, 0, SIZE);
            fft.forwardTransform(buffer);
            fft.modulus(buffer, magnitudes);
            for (int b = 0; b < magnitudes.length; b++) {
                if (pitchClassOfBin[b] >= 0) {
                    profile[pitchClassOfBin[b]] += magnitudes[b];
                }
            }
        }
        return profile;
    }
}
