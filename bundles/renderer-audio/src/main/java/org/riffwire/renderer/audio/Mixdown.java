// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Score;

/** What both synthesizers share: the output rate, the parts' stereo seats, and the finish of a rendered piece. */
final class Mixdown {
    static final float SAMPLE_RATE = 44_100f;
    /**
     * The piece's last moments fade to silence over this long. A WAV lasts exactly the piece's length, as asked
     * ("12 seconds" is 12 s, not 12 s and a release tail); the fade keeps the cut from clicking.
     */
    static final double FADE_SECONDS = 0.25;
    /** Stereo seats for the parts by MIDI channel (MIDI pan, 64 = centre): drums and bass in the middle. */
    static final int[] PAN = {64, 44, 84, 54, 74, 34, 94, 64, 64, 64, 48, 80, 40, 88, 56, 72};

    private Mixdown() {
    }

    /** How many output frames a score lasts: exactly its length, no release tail. */
    static int frames(Score score) {
        return (int) Math.round(score.lengthSeconds() * SAMPLE_RATE);
    }

    /** The rendered channels as a clip, faded at the end; silence where notes were asked for is an error. */
    static AudioClip finish(Score score, float[][] pcm) throws IOException {
        if (score.tracks().stream().anyMatch(t -> !t.notes().isEmpty()) && silent(pcm)) {
            // Exit 0 with a silent file would be a broken output that says it is fine.
            throw new IOException("rendering gave silence: the SoundFont has no sound for this piece's instruments");
        }
        fadeOut(pcm, (int) Math.round(FADE_SECONDS * SAMPLE_RATE));
        return new AudioClip((int) SAMPLE_RATE, pcm);
    }

    private static boolean silent(float[][] pcm) {
        for (float[] channel : pcm) {
            for (float v : channel) {
                if (Math.abs(v) > 1e-5f) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A raised-cosine fade over the last frames: what still rings at the end dies away instead of stopping. */
    static void fadeOut(float[][] pcm, int fadeFrames) {
        int frames = pcm[0].length;
        int n = Math.min(fadeFrames, frames);
        for (int i = 0; i < n; i++) {
            float gain = (float) (0.5 * (1 + Math.cos(Math.PI * (i + 1) / n)));
            for (float[] channel : pcm) {
                channel[frames - n + i] *= gain;
            }
        }
    }
}
