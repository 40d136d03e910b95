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
}
