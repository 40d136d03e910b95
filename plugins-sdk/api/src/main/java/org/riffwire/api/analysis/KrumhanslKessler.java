// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;

/**
 * Key finding by correlating a pitch-class profile with the Krumhansl-Kessler probe-tone profiles of the 24
 * major and minor keys (Krumhansl, Cognitive Foundations of Musical Pitch, 1990).
 * The one key finder: the verifier hears rendered audio with it, and the symbolic generator keeps a learned
 * melody only when its notes imply the key asked.
 */
public final class KrumhanslKessler {
    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    public record Estimate(Key key, double correlation) {
    }

    private KrumhanslKessler() {
    }

    /** The best-fitting key of a 12-bin pitch-class profile (any non-negative weights). */
    public static Estimate estimate(double[] profile) {
        Key best = new Key(0, Mode.MAJOR);
        double bestR = -2;
        for (int tonic = 0; tonic < 12; tonic++) {
            for (Mode mode : new Mode[] {Mode.MAJOR, Mode.MINOR}) {
                double[] template = new double[12];
                for (int i = 0; i < 12; i++) {
                    template[(tonic + i) % 12] = (mode == Mode.MAJOR ? MAJOR : MINOR)[i];
                }
                double r = correlation(profile, template);
                if (r > bestR) {
                    bestR = r;
                    best = new Key(tonic, mode);
                }
            }
        }
        return new Estimate(best, bestR);
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < 12; i++) {
            ma += a[i] / 12;
            mb += b[i] / 12;
        }
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < 12; i++) {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return da == 0 || db == 0 ? 0 : num / Math.sqrt(da * db);
    }
}
