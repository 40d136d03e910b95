// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.util.Arrays;

/** Clips whose end joins their start. */
final class Loops {
    private Loops() {
    }

    /**
     * {@code length} samples that loop: the clip's {@code fade} samples past {@code length} are cross-faded into
     * its first {@code fade}, so the sample after the end is the one that followed it. The fade keeps the level:
     * its gains are a linear ramp scaled by 1 / √(a² + b² + 2ρab), ρ the correlation of the two stretches (equal
     * power for unrelated sound, equal gain for the same sound, and what lies between for what lies between).
     */
    static float[] crossfade(float[] audio, int length, int fade) {
        float[] out = Arrays.copyOf(audio, length);
        int n = Math.max(0, Math.min(fade, audio.length - length));
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            ab += (double) audio[i] * audio[length + i];
            aa += (double) audio[i] * audio[i];
            bb += (double) audio[length + i] * audio[length + i];
        }
        double rho = aa > 0 && bb > 0 ? Math.max(0, Math.min(1, ab / Math.sqrt(aa * bb))) : 0;
        for (int i = 0; i < n; i++) {
            double in = (i + 0.5) / n;
            double out2 = 1 - in;
            double scale = 1 / Math.sqrt(in * in + out2 * out2 + 2 * rho * in * out2);
            out[i] = (float) (scale * (in * audio[i] + out2 * audio[length + i]));
        }
        return out;
    }
}
