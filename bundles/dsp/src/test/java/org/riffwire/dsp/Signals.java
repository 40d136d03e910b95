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
     * A drum loop: kick (a falling 60 Hz thump) on beats 1 and 3, snare (a noise burst) on 2 and 4, closed hi-hat
     * (high, short noise) on every eighth.
     */
    static float[] drums(double bpm, double seconds, long seed) {
        Random random = new Random(seed);
        float[] x = new float[(int) (seconds * RATE)];
        double beat = 60.0 / bpm;
        for (int k = 0; k * beat / 2 < seconds; k++) {
            int start = (int) (k * beat / 2 * RATE);
            boolean onBeat = k % 2 == 0;
            int beatIndex = k / 2 % 4;
            if (onBeat && (beatIndex == 0 || beatIndex == 2)) {
                add(x, start, kick());
            }
            if (onBeat && (beatIndex == 1 || beatIndex == 3)) {
                add(x, start, noise(0.15, 0.5, random, false));
            }
            add(x, start, noise(0.04, 0.25, random, true));
        }
        return x;
    }

    private static float[] kick() {
        float[] k = new float[(int) (0.2 * RATE)];
        double phase = 0;
        for (int i = 0; i < k.length; i++) {
            double t = (double) i / RATE;
            phase += 2 * Math.PI * (60 + 90 * Math.exp(-t * 30)) / RATE;
            k[i] = (float) (0.9 * Math.exp(-t * 15) * Math.sin(phase));
        }
        return k;
    }

    private static float[] noise(double seconds, double amplitude, Random random, boolean bright) {
        float[] n = new float[(int) (seconds * RATE)];
        float previous = 0;
        for (int i = 0; i < n.length; i++) {
            float white = (float) (random.nextGaussian() * amplitude * Math.exp(-i / (seconds * RATE / 4)));
            n[i] = bright ? white - previous : white; // a first difference tilts the hi-hat's noise upward
            previous = white;
        }
        return n;
    }

    private static void add(float[] into, int at, float[] sound) {
        for (int i = 0; i < sound.length && at + i < into.length; i++) {
            into[at + i] += sound[i];
        }
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
