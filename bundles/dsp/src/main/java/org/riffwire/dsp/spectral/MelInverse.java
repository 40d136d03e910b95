// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

/**
 * Linear magnitudes from mel magnitudes: the minimum-norm solution of {@code M x = y} (with M the filterbank),
 * clamped at zero, then a few projected-gradient steps of non-negative least squares. Neighbouring triangular
 * filters overlap only each other, so {@code M Mᵀ} is tridiagonal and the first step is a Thomas solve per frame:
 * linear time in the bins, where torchaudio's InverseMelScale runs up to 200 steps of SGD. A small ridge keeps
 * filters narrower than a bin (at low frequencies) from making the system singular.
 */
public final class MelInverse {
    private static final int REFINEMENTS = 8;

    private final MelFilterbank filters;
    private final int mels;
    private final int bins;
    /** The tridiagonal M Mᵀ + λ I: sub-, main and super-diagonal. */
    private final double[] lower;
    private final double[] diagonal;
    private final double[] upper;
    /** 1 / L, L an upper bound of the largest eigenvalue of Mᵀ M (Gershgorin on M Mᵀ). */
    private final double step;

    public MelInverse(MelFilterbank filters) {
        this.filters = filters;
        this.mels = filters.melBins();
        this.bins = filters.linearBins();
        lower = new double[mels];
        diagonal = new double[mels];
        upper = new double[mels];
        double largest = 0;
        for (int m = 0; m < mels; m++) {
            diagonal[m] = dot(m, m);
            if (m > 0) {
                lower[m] = dot(m, m - 1);
            }
            if (m + 1 < mels) {
                upper[m] = dot(m, m + 1);
            }
            largest = Math.max(largest, Math.abs(lower[m]) + diagonal[m] + Math.abs(upper[m]));
        }
        double ridge = 1e-6 * largest;
        for (int m = 0; m < mels; m++) {
            diagonal[m] += ridge;
        }
        step = largest == 0 ? 0 : 1 / largest;
    }

    private double dot(int a, int b) {
        double sum = 0;
        for (int k = Math.max(filters.from(a), filters.from(b)); k < Math.min(filters.to(a), filters.to(b)); k++) {
            sum += (double) filters.weight(a, k) * filters.weight(b, k);
        }
        return sum;
    }

    public int linearBins() {
        return bins;
    }

    /** The non-negative linear frame whose mel bins come closest to {@code mel}. */
    public float[] invert(float[] mel) {
        double[] z = solve(mel);
        float[] x = new float[bins];
        for (int m = 0; m < mels; m++) {
            for (int k = filters.from(m); k < filters.to(m); k++) {
                x[k] += (float) (filters.weight(m, k) * z[m]);
            }
        }
        clamp(x);
        float[] residual = new float[mels];
        for (int r = 0; r < REFINEMENTS; r++) {
            float[] current = filters.apply(x);
            for (int m = 0; m < mels; m++) {
                residual[m] = current[m] - mel[m];
            }
            for (int m = 0; m < mels; m++) {
                float g = (float) (step * residual[m]);
                for (int k = filters.from(m); k < filters.to(m); k++) {
                    x[k] -= g * filters.weight(m, k);
                }
            }
            clamp(x);
        }
        return x;
    }

    /** Thomas algorithm for (M Mᵀ + λ I) z = y. */
    private double[] solve(float[] y) {
        double[] c = new double[mels];
        double[] d = new double[mels];
        for (int m = 0; m < mels; m++) {
            double denominator = diagonal[m] - (m > 0 ? lower[m] * c[m - 1] : 0);
            c[m] = upper[m] / denominator;
            d[m] = (y[m] - (m > 0 ? lower[m] * d[m - 1] : 0)) / denominator;
        }
        double[] z = new double[mels];
        for (int m = mels - 1; m >= 0; m--) {
            z[m] = d[m] - (m + 1 < mels ? c[m] * z[m + 1] : 0);
        }
        return z;
    }

    private static void clamp(float[] x) {
        for (int k = 0; k < x.length; k++) {
            if (x[k] < 0) {
                x[k] = 0;
            }
        }
    }
}
