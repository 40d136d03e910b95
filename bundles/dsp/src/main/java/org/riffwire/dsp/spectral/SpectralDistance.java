// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.Spectrogram;

/** How far one spectrogram is from another, for round-trip checks and benches. */
public final class SpectralDistance {
    private SpectralDistance() {
    }

    /**
     * ‖x − y‖ / ‖x‖ of both spectrograms scaled to peak 1, over the frames they share: a spectral convergence that
     * ignores overall level, since decoded audio is peak-normalised.
     */
    public static double ofShapes(Spectrogram a, Spectrogram b) {
        int frames = Math.min(a.frames(), b.frames());
        double maxA = 0;
        double maxB = 0;
        for (int f = 0; f < frames; f++) {
            for (int m = 0; m < a.bins(); m++) {
                maxA = Math.max(maxA, a.magnitude(f, m));
                maxB = Math.max(maxB, b.magnitude(f, m));
            }
        }
        double error = 0;
        double total = 0;
        for (int f = 0; f < frames; f++) {
            for (int m = 0; m < a.bins(); m++) {
                double x = a.magnitude(f, m) / maxA;
                double y = b.magnitude(f, m) / maxB;
                error += (x - y) * (x - y);
                total += x * x;
            }
        }
        return Math.sqrt(error / total);
    }
}
