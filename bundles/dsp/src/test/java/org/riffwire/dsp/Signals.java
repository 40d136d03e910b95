// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.Random;

import org.riffwire.api.music.AudioClip;

/** Synthetic test signals of known pitch and tempo. */
final class Signals {
    static final int RATE = 44_100;

    private Signals() {
    }

    /** A tone with a few harmonics, like a simple instrument. */
    static float[] tone(double hertz, double seconds, double amplitude) {
        float[] x = new float[(int) (seconds * RATE)];
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / RATE;
            x[i] = (float) (amplitude * (Math.sin(2 * Math.PI * hertz * t) + 0.4 * Math.sin(4 * Math.PI * hertz * t)
                    + 0.2 * Math.sin(6 * Math.PI * hertz * t)) / 1.6);
        }
        return x;
    }

    /**
     * A metronome: a click (a short noise burst over a 1.5 kHz blip) on every beat, louder on the first of each
     * bar of four.
     */
    static float[] metronome(double bpm, double seconds, long seed) {
        Random random = new Random(seed);
        float[] x = new float[(int) (seconds * RATE)];
        double beat = 60.0 / bpm;
        for (int k = 0; k * beat < seconds; k++) {
            int start = (int) (k * beat * RATE);
            double level = k % 4 == 0 ? 1.0 : 0.6;
            for (int i = 0; i < RATE / 10 && start + i < x.length; i++) {
                double t = (double) i / RATE;
                double envelope = level * Math.exp(-t * 60);
                x[start + i] += (float) (envelope * (0.5 * Math.sin(2 * Math.PI * 1500 * t) + 0.3 * random.nextGaussian()));
            }
        }
        return x;
    }

    static AudioClip clip(float[] mono) {
        return new AudioClip(RATE, new float[][] {mono, mono});
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
