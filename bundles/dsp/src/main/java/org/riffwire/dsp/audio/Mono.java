// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.audio;

import org.riffwire.api.music.AudioClip;

/** Mixes a clip down to one channel, the form every analysis and codec here works on. */
public final class Mono {
    private Mono() {
    }

    public static float[] of(AudioClip clip) {
        float[] mono = clip.channel(0);
        for (int c = 1; c < clip.channelCount(); c++) {
            float[] other = clip.channel(c);
            for (int i = 0; i < mono.length; i++) {
                mono[i] += other[i];
            }
        }
        float scale = 1f / clip.channelCount();
        for (int i = 0; i < mono.length; i++) {
            mono[i] *= scale;
        }
        return mono;
    }
}
