// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.riffwire.api.music.AudioClip;
import org.riffwire.dsp.audio.Timbre;

/**
 * What a listener looping a clip would hear at its seam (the last 50 ms, then the first 50 ms), against every
 * other 100 ms stretch of it: no louder than the loudest, no brighter (spectral centroid) than the brightest,
 * and no click (the step across the seam no bigger than the largest step anywhere else).
 */
final class LoopSeam {
    private LoopSeam() {
    }

    static void assertSeamless(float[] x, int sampleRate) {
        int n = sampleRate / 20;
        float[] seam = new float[2 * n];
        System.arraycopy(x, x.length - n, seam, 0, n);
        System.arraycopy(x, 0, seam, n, n);
        double loudest = 0;
        double brightest = 0;
        int stretches = 0;
        for (int start = n; start + 2 * n < x.length - n; start += n) {
            float[] stretch = Arrays.copyOfRange(x, start, start + 2 * n);
            loudest = Math.max(loudest, rms(stretch));
            brightest = Math.max(brightest, centroid(stretch, sampleRate));
            stretches++;
        }
        assertTrue(stretches > 20, "too short to judge: " + stretches + " stretches");
        assertTrue(rms(seam) <= loudest * 1.05, "seam rms " + rms(seam) + " against the loudest stretch " + loudest);
        assertTrue(centroid(seam, sampleRate) <= brightest * 1.05,
                "seam centroid " + centroid(seam, sampleRate) + " Hz against the brightest stretch " + brightest + " Hz");
        double worstStep = 0;
        for (int i = 1; i < x.length; i++) {
            worstStep = Math.max(worstStep, Math.abs(x[i] - x[i - 1]));
        }
        assertTrue(Math.abs(x[0] - x[x.length - 1]) <= worstStep, "the seam steps " + Math.abs(x[0] - x[x.length - 1]));
    }

    static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    /** The stretch's spectral centroid, as dsp's Timbre measures it. */
    static double centroid(float[] x, int sampleRate) {
        return Timbre.of(new AudioClip(sampleRate, new float[][] {x})).centroidHz();
    }
}
