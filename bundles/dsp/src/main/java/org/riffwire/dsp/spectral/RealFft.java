// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import be.tarsos.dsp.util.fft.FloatFFT;

/**
 * A real-input FFT of one size, on TarsosDSP's {@code FloatFFT} (a port of JTransforms): the one FFT every
 * spectral computation here uses. Not thread-safe: each thread keeps its own, and its buffers are reused.
 * Spectra are {@code size / 2 + 1} complex bins, real and imaginary parts in separate arrays.
 */
public final class RealFft {
    private final int size;
    private final FloatFFT fft;
    private final float[] work;

    public RealFft(int size) {
        if (size < 2 || size % 2 != 0) {
            throw new IllegalArgumentException("the FFT size must be even and at least 2, got " + size);
        }
        this.size = size;
        this.fft = new FloatFFT(size);
        this.work = new float[size];
    }

    public int size() {
        return size;
    }

    public int bins() {
        return size / 2 + 1;
    }

    /** The spectrum of {@code x[0 .. size)} (zero-padded when shorter). */
    public void forward(float[] x, float[] re, float[] im) {
        java.util.Arrays.fill(work, 0);
        System.arraycopy(x, 0, work, 0, Math.min(x.length, size));
        fft.realForward(work);
        // FloatFFT packs the spectrum: [Re0, Re(n/2), Re1, Im1, Re2, Im2, ...].
        re[0] = work[0];
        im[0] = 0;
        re[size / 2] = work[1];
        im[size / 2] = 0;
        for (int k = 1; k < size / 2; k++) {
            re[k] = work[2 * k];
            im[k] = work[2 * k + 1];
        }
    }

    /**
     * In place, FloatFFT's packed layout: {@code [Re0, Re(n/2), Re1, Im1, Re2, Im2, …]}. For loops that stay in the
     * frequency domain, such as Griffin-Lim, without unpacking every frame.
     */
    void forwardPacked(float[] buffer) {
        fft.realForward(buffer);
    }

    /** The inverse of {@link #forwardPacked}, scaled, in place. */
    void inversePacked(float[] buffer) {
        fft.realInverse(buffer, true);
    }

    /** The real signal of a spectrum, scaled so that {@code inverse(forward(x)) == x}. */
    public void inverse(float[] re, float[] im, float[] x) {
        work[0] = re[0];
        work[1] = re[size / 2];
        for (int k = 1; k < size / 2; k++) {
            work[2 * k] = re[k];
            work[2 * k + 1] = im[k];
        }
        fft.realInverse(work, true);
        System.arraycopy(work, 0, x, 0, Math.min(x.length, size));
    }
}
