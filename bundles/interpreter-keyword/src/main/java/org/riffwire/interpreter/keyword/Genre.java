// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.List;

import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;

/**
 * A genre or form and what it usually sounds like: its tempo range in quarter notes per minute, meter, whether
 * it has drums, its usual instruments (General MIDI programs) and the mode it leans to, or null when it leans
 * to none. A form ("waltz", "jig") says more about a piece than a style ("celtic"), so it leads when both appear.
 */
record Genre(String id, int slowest, int fastest, Meter meter, boolean drums, Mode mode, boolean form,
        List<Integer> instruments) {
    Genre {
        instruments = List.copyOf(instruments);
    }

    // "very slow" and "very fast" reach past the range by this much: a very slow waltz is slower than most.
    private static final double BEYOND = 0.15;

    /**
     * The middle of the range, or its slow or fast end when the prompt leans that way ({@code lean} -1 or 1), or
     * a little past that end when it leans hard (-2 or 2).
     */
    double tempo(int lean) {
        if (lean <= -2) {
            return Math.round(slowest * (1 - BEYOND));
        }
        if (lean >= 2) {
            return Math.round(fastest * (1 + BEYOND));
        }
        if (lean < 0) {
            return slowest;
        }
        if (lean > 0) {
            return fastest;
        }
        // Whole beats per minute: a tempo a musician would write down.
        return Math.round((slowest + fastest) / 2.0);
    }
}
