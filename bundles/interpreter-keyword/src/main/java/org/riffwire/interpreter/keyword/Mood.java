// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Dynamics;

/**
 * What a mood word suggests. Any part may be null: "quiet" says nothing about mode, "sad" nothing about how
 * loud. {@code dynamicsConfidence} separates words about loudness ("soft": 0.7) from words that only colour it
 * ("sad": 0.5).
 */
record Mood(Dynamics dynamics, double dynamicsConfidence, Double tempo, Mode mode, Double valence, Double arousal) {
}
