// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.util.Arrays;

import org.riffwire.api.music.AudioClip;

/** Clips whose end joins their start, and clips cut to a length without a click. */
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

    /**
     * The clip cut (or padded with silence) to {@code seconds}, its last {@code fade} seconds faded out along a
     * raised cosine.
     */
    static AudioClip fadedOut(AudioClip clip, double seconds, double fade) {
        int length = (int) Math.round(seconds * clip.sampleRate());
        int fadeLength = Math.min(length, (int) Math.round(fade * clip.sampleRate()));
        float[][] channels = new float[clip.channelCount()][];
        for (int c = 0; c < channels.length; c++) {
            float[] x = Arrays.copyOf(clip.channel(c), length);
            for (int i = 0; i < fadeLength; i++) {
                x[length - fadeLength + i] *= (float) (0.5 + 0.5 * Math.cos(Math.PI * (i + 1) / fadeLength));
            }
            channels[c] = x;
        }
        return new AudioClip(clip.sampleRate(), channels);
    }
}
