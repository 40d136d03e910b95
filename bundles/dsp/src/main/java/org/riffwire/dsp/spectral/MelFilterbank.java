// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.Spectrogram;

/**
 * Triangular mel filters over the bins of a linear spectrum, with HTK's mel scale (Riffusion's) or Slaney's
 * (librosa's default), Slaney area normalisation, as librosa's {@code filters.mel} builds them. {@link #apply}
 * maps a linear spectrogram to mel bins; the inverse direction belongs to the spectrogram codec.
 */
public final class MelFilterbank {
    private final Spectrogram.Parameters parameters;
    /** weights[mel][bin] */
    private final float[][] weights;

    public MelFilterbank(int sampleRate, int fftSize, int melBins, double minHz, double maxHz, Spectrogram.Scale scale) {
        if (scale == Spectrogram.Scale.LINEAR) {
            throw new IllegalArgumentException("a mel filterbank needs a mel scale");
        }
        this.parameters = new Spectrogram.Parameters(sampleRate, fftSize, 1, fftSize, scale, melBins, minHz, maxHz);
        int bins = fftSize / 2 + 1;
        double lowMel = toMel(minHz, scale);
        double highMel = toMel(maxHz, scale);
        double[] edges = new double[melBins + 2];
        for (int m = 0; m < edges.length; m++) {
            edges[m] = toHz(lowMel + (highMel - lowMel) * m / (melBins + 1), scale);
        }
        weights = new float[melBins][bins];
        for (int m = 0; m < melBins; m++) {
            double left = edges[m];
            double centre = edges[m + 1];
            double right = edges[m + 2];
            double area = 2.0 / (right - left);
            for (int k = 0; k < bins; k++) {
                double hz = (double) k * sampleRate / fftSize;
                double rising = (hz - left) / (centre - left);
                double falling = (right - hz) / (right - centre);
                weights[m][k] = (float) (Math.max(0, Math.min(rising, falling)) * area);
            }
        }
    }

    public int melBins() {
        return weights.length;
    }

    /** The weight of linear bin {@code bin} in mel bin {@code mel}. */
    public float weight(int mel, int bin) {
        return weights[mel][bin];
    }

    /** A linear magnitude spectrogram on mel bins (same frames, same hop). */
    public Spectrogram apply(Spectrogram linear) {
        Spectrogram.Parameters p = linear.parameters();
        if (p.scale() != Spectrogram.Scale.LINEAR || p.fftSize() != parameters.fftSize() || p.sampleRate() != parameters.sampleRate()) {
            throw new IllegalArgumentException("the filterbank was made for a linear spectrogram of FFT size "
                    + parameters.fftSize() + " at " + parameters.sampleRate() + " Hz");
        }
        float[][] out = new float[linear.frames()][weights.length];
        for (int f = 0; f < linear.frames(); f++) {
            float[] frame = linear.frame(f);
            for (int m = 0; m < weights.length; m++) {
                float sum = 0;
                float[] w = weights[m];
                for (int k = 0; k < frame.length; k++) {
                    sum += w[k] * frame[k];
                }
                out[f][m] = sum;
            }
        }
        return new Spectrogram(new Spectrogram.Parameters(p.sampleRate(), p.fftSize(), p.hop(), p.window(),
                parameters.scale(), weights.length, parameters.minHz(), parameters.maxHz()), out);
    }

    static double toMel(double hz, Spectrogram.Scale scale) {
        if (scale == Spectrogram.Scale.MEL_HTK) {
            return 2595 * Math.log10(1 + hz / 700);
        }
        // Slaney: linear to 1 kHz (200/3 Hz per mel), logarithmic above.
        return hz < 1000 ? hz / (200.0 / 3) : 15 + Math.log(hz / 1000) / (Math.log(6.4) / 27);
    }

    static double toHz(double mel, Spectrogram.Scale scale) {
        if (scale == Spectrogram.Scale.MEL_HTK) {
            return 700 * (Math.pow(10, mel / 2595) - 1);
        }
        return mel < 15 ? mel * 200.0 / 3 : 1000 * Math.exp((mel - 15) * Math.log(6.4) / 27);
    }
}
