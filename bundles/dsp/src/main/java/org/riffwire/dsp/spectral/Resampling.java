// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.AudioClip;
import org.riffwire.dsp.audio.Mono;

/** Channels mixed to mono, and a change of sample rate by windowed-sinc interpolation when one is needed. */
final class Resampling {
    private static final int TAPS = 16;

    private Resampling() {
    }

    static float[] mono(AudioClip clip, int sampleRate) {
        float[] mono = Mono.of(clip);
        return clip.sampleRate() == sampleRate ? mono : resample(mono, clip.sampleRate(), sampleRate);
    }

    /** Band-limited to the lower Nyquist frequency, Hann-windowed sinc of 2 × {@value #TAPS} taps. */
    static float[] resample(float[] x, int from, int to) {
        double ratio = (double) to / from;
        double cutoff = Math.min(1, ratio);
        float[] y = new float[(int) Math.round(x.length * ratio)];
        for (int n = 0; n < y.length; n++) {
            double t = n / ratio;
            int centre = (int) Math.floor(t);
            double sum = 0;
            double weights = 0;
            for (int k = centre - TAPS + 1; k <= centre + TAPS; k++) {
                if (k < 0 || k >= x.length) {
                    continue;
                }
                double d = t - k;
                double sinc = d == 0 ? 1 : Math.sin(Math.PI * d * cutoff) / (Math.PI * d * cutoff);
                double w = 0.5 + 0.5 * Math.cos(Math.PI * d / TAPS);
                sum += x[k] * sinc * w;
                weights += sinc * w;
            }
            y[n] = (float) (weights == 0 ? 0 : sum / weights);
        }
        return y;
    }
}
