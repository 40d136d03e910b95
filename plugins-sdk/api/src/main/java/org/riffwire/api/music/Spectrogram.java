// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

import java.util.Objects;

/**
 * Magnitude frames of a short-time Fourier transform, linear or on a mel scale, with the parameters that made
 * them, so any consumer can invert or re-draw them. {@code magnitudes[frame][bin]}, bin 0 the lowest frequency.
 */
public final class Spectrogram {
    /** How bins map to frequencies. */
    public enum Scale {
        /** {@code fftSize / 2 + 1} bins, evenly spaced from 0 Hz to Nyquist. */
        LINEAR,
        /** Mel bins after the HTK formula, mel = 2595 log10(1 + f / 700), as Riffusion uses. */
        MEL_HTK,
        /** Mel bins after Slaney's formula (linear below 1 kHz), librosa's default. */
        MEL_SLANEY
    }

    /**
     * The analysis: sample rate, FFT size, hop and window length in samples (a Hann window), and for mel scales the
     * number of bins and their frequency range.
     */
    public record Parameters(int sampleRate, int fftSize, int hop, int window, Scale scale, int bins, double minHz,
            double maxHz) {
        public Parameters {
            Objects.requireNonNull(scale, "scale");
            if (sampleRate <= 0 || fftSize <= 0 || hop <= 0 || window <= 0 || window > fftSize) {
                throw new IllegalArgumentException("a spectrogram needs a positive sample rate, FFT size and hop, and a "
                        + "window no longer than the FFT");
            }
            if (scale == Scale.LINEAR && bins != fftSize / 2 + 1) {
                throw new IllegalArgumentException("a linear spectrogram has fftSize / 2 + 1 bins");
            }
            if (bins <= 0 || minHz < 0 || maxHz <= minHz || maxHz > sampleRate / 2.0) {
                throw new IllegalArgumentException("bins must be positive and 0 <= minHz < maxHz <= Nyquist");
            }
        }

        public static Parameters linear(int sampleRate, int fftSize, int hop, int window) {
            return new Parameters(sampleRate, fftSize, hop, window, Scale.LINEAR, fftSize / 2 + 1, 0, sampleRate / 2.0);
        }

        /** Seconds between frames. */
        public double frameSeconds() {
            return (double) hop / sampleRate;
        }
    }

    private final Parameters parameters;
    private final float[][] magnitudes;

    public Spectrogram(Parameters parameters, float[][] magnitudes) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.magnitudes = new float[magnitudes.length][];
        for (int f = 0; f < magnitudes.length; f++) {
            if (magnitudes[f].length != parameters.bins()) {
                throw new IllegalArgumentException("frame " + f + " has " + magnitudes[f].length + " bins, not "
                        + parameters.bins());
            }
            this.magnitudes[f] = magnitudes[f].clone();
        }
    }

    public Parameters parameters() {
        return parameters;
    }

    public int frames() {
        return magnitudes.length;
    }

    public int bins() {
        return parameters.bins();
    }

    /** A copy of one frame's magnitudes. */
    public float[] frame(int index) {
        return magnitudes[index].clone();
    }

    public float magnitude(int frame, int bin) {
        return magnitudes[frame][bin];
    }

    public double seconds() {
        return frames() * parameters.frameSeconds();
    }
}
