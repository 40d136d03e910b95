// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import org.riffwire.api.music.Meter;

/**
 * What a spec means when a prompt leaves a field unsaid, and the tempo range every part accepts: the runtime
 * merges these at default strength, and generators and checks fall back to the same values.
 */
public final class Defaults {
    /** Quarter notes per minute. */
    public static final double TEMPO = 100;
    public static final double SLOWEST_TEMPO = 20;
    public static final double FASTEST_TEMPO = 400;
    public static final Meter METER = Meter.COMMON;
    public static final Length LENGTH = Length.ofSeconds(30);
    /** General MIDI program 0, Acoustic Grand Piano. */
    public static final int INSTRUMENT = 0;

    private Defaults() {
    }
}
