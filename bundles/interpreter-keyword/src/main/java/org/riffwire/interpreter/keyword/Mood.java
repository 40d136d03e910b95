// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import org.riffwire.api.spec.Dynamics;

/**
 * What a mood word suggests: a valence (sad −1 … happy 1) and an arousal (calm −1 … intense 1). Words about
 * loudness ("soft", "loud") also name a dynamic outright, and say nothing about valence, so theirs is null.
 */
record Mood(Double valence, double arousal, Dynamics loudness) {
    static Mood of(double valence, double arousal) {
        return new Mood(valence, arousal, null);
    }
}
