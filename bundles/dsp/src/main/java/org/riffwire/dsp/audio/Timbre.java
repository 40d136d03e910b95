// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.audio;

import org.riffwire.api.music.AudioClip;
import org.riffwire.dsp.spectral.Stft;

/**
 * Two measures of how a clip sounds rather than what it plays, for judging whether a prompt's "bright" or "drums"
 * reached the audio. Both on 2,048-sample Hann frames, 512 apart, of the mono mix:
 * <ul>
 * <li>{@code centroidHz}: the spectral centroid (magnitude-weighted mean frequency), averaged over frames weighted
 * by their energy, so silence does not pull it about;</li>
 * <li>{@code onsetStrength}: the mean half-wave-rectified spectral flux of log-compressed magnitudes
 * (log(1 + 100 |X|)), over the mean log-compressed magnitude: how much new energy arrives per frame, relative to
 * how much there is, so it does not grow with the level. Struck drums score far above sustained notes.</li>
 * </ul>
 */
public record Timbre(double centroidHz, double onsetStrength) {
    static final int FRAME = 2048;
    static final int HOP = 512;

    public static Timbre of(AudioClip clip) {
        float[] mono = Mono.of(clip);
        Stft stft = new Stft(FRAME, HOP, FRAME);
        int frames = stft.frames(mono.length);
        float[] re = new float[stft.bins()];
        float[] im = new float[stft.bins()];
        double[] previous = new double[stft.bins()];
        double centroidSum = 0;
        double energySum = 0;
        double flux = 0;
        double level = 0;
        for (int f = 0; f < frames; f++) {
            stft.frame(mono, f, re, im);
            double weighted = 0;
            double magnitudes = 0;
            double energy = 0;
            double frameFlux = 0;
            double frameLevel = 0;
            for (int k = 0; k < re.length; k++) {
                double power = (double) re[k] * re[k] + (double) im[k] * im[k];
                double m = Math.sqrt(power);
                weighted += m * k * clip.sampleRate() / (double) FRAME;
                magnitudes += m;
                energy += power;
                double compressed = Math.log1p(100 * m);
                if (f > 0) {
                    frameFlux += Math.max(0, compressed - previous[k]);
                }
                frameLevel += compressed;
                previous[k] = compressed;
            }
            if (magnitudes > 0) {
                centroidSum += energy * weighted / magnitudes;
                energySum += energy;
            }
            if (f > 0) {
                flux += frameFlux;
                level += frameLevel;
            }
        }
        double centroid = energySum > 0 ? centroidSum / energySum : 0;
        double onset = level > 0 ? flux / level : 0;
        return new Timbre(centroid, onset);
    }
}
