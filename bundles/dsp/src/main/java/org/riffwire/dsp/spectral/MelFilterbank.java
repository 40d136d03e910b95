// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.Spectrogram;

/**
 * Triangular mel filters over the bins of a linear spectrum, with HTK's mel scale or Slaney's, as torchaudio's
 * {@code melscale_fbanks} and librosa's {@code filters.mel} build them: filter edges evenly spaced in mel,
 * weights rising and falling linearly in hertz. Riffusion uses HTK without normalisation; librosa's default is
 * Slaney with each filter scaled to unit area. {@link #apply} maps a linear spectrogram to mel bins;
 * {@link MelInverse} goes back.
 */
public final class MelFilterbank {
    private final Spectrogram.Parameters parameters;
    /** weights[mel][bin - from[mel]]: only the bins a filter covers (a 17,640-point grid has 8,821 bins). */
    private final float[][] weights;
    private final int bins;
    /** The first and one past the last bin with a non-zero weight, per filter. */
    private final int[] from;
    private final int[] to;

    /** Filters scaled to unit area (librosa's default). */
    public MelFilterbank(int sampleRate, int fftSize, int melBins, double minHz, double maxHz, Spectrogram.Scale scale) {
        this(sampleRate, fftSize, melBins, minHz, maxHz, scale, true);
    }

    /** @param areaNormalised whether each filter is scaled to unit area (Slaney norm) or peaks at 1 (none) */
    public MelFilterbank(int sampleRate, int fftSize, int melBins, double minHz, double maxHz, Spectrogram.Scale scale,
            boolean areaNormalised) {
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
        this.bins = bins;
        weights = new float[melBins][];
        from = new int[melBins];
        to = new int[melBins];
        float[] dense = new float[bins];
        for (int m = 0; m < melBins; m++) {
            double left = edges[m];
            double centre = edges[m + 1];
            double right = edges[m + 2];
            double area = areaNormalised ? 2.0 / (right - left) : 1;
            from[m] = bins;
            for (int k = 0; k < bins; k++) {
                double hz = (double) k * sampleRate / fftSize;
                double rising = (hz - left) / (centre - left);
                double falling = (right - hz) / (right - centre);
                dense[k] = (float) (Math.max(0, Math.min(rising, falling)) * area);
                if (dense[k] > 0) {
                    from[m] = Math.min(from[m], k);
                    to[m] = k + 1;
                }
            }
            from[m] = Math.min(from[m], to[m]);
            weights[m] = java.util.Arrays.copyOfRange(dense, from[m], to[m]);
        }
    }

    /** The first bin filter {@code mel} weighs. */
    public int from(int mel) {
        return from[mel];
    }

    /** One past the last bin filter {@code mel} weighs. */
    public int to(int mel) {
        return to[mel];
    }

    public int linearBins() {
        return bins;
    }

    public Spectrogram.Parameters parameters() {
        return parameters;
    }

    public int melBins() {
        return weights.length;
    }

    /** The weight of linear bin {@code bin} in mel bin {@code mel}. */
    public float weight(int mel, int bin) {
        return bin >= from[mel] && bin < to[mel] ? weights[mel][bin - from[mel]] : 0;
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
            out[f] = apply(linear.frame(f));
        }
        return new Spectrogram(new Spectrogram.Parameters(p.sampleRate(), p.fftSize(), p.hop(), p.window(),
                parameters.scale(), weights.length, parameters.minHz(), parameters.maxHz()), out);
    }

    /** One linear magnitude frame on mel bins. */
    public float[] apply(float[] linear) {
        float[] out = new float[weights.length];
        for (int m = 0; m < weights.length; m++) {
            float sum = 0;
            float[] w = weights[m];
            int start = from[m];
            for (int k = 0; k < w.length; k++) {
                sum += w[k] * linear[start + k];
            }
            out[m] = sum;
        }
        return out;
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
