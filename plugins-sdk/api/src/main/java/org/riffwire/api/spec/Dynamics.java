// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

/** Overall loudness, as a base MIDI velocity the generator varies around. */
public enum Dynamics {
    PP(36), P(52), MP(68), MF(84), F(100), FF(116);

    private final int velocity;

    Dynamics(int velocity) {
        this.velocity = velocity;
    }

    public int velocity() {
        return velocity;
    }

    /**
     * The marking for an intensity in [-1, 1], such as an arousal: pp below −0.75, p below −0.4, mp below 0, mf
     * below 0.4, f below 0.75, ff from there.
     */
    public static Dynamics forLevel(double level) {
        return level < -0.75 ? PP : level < -0.4 ? P : level < 0 ? MP : level < 0.4 ? MF : level < 0.75 ? F : FF;
    }
}
