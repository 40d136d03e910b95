// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

/**
 * What an arousal in [-1, 1] (calm … intense) suggests about pace, for interpreters that guess a tempo from a
 * mood. The scale is geometric, as tempo is heard: each step of arousal multiplies the tempo by the same
 * ratio, from 55 bpm at −1 through 100 at 0 to 180 at 1, so a drowsy mood is slow and a frantic one fast
 * rather than both near the middle.
 */
public final class Arousal {
    /** The tempo of a neutral mood. */
    public static final double NEUTRAL_BPM = 100;
    /** How many times faster the most intense mood is than a neutral one (and the calmest slower). */
    public static final double RATIO = 1.8;

    private Arousal() {
    }

    /** The tempo an arousal suggests, in bpm; the arousal is clamped to [-1, 1]. */
    public static double tempo(double arousal) {
        double a = Math.max(-1, Math.min(1, arousal));
        return NEUTRAL_BPM * Math.pow(RATIO, a);
    }
}
