// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Objects;

/**
 * A measurement an interpreter made of a prompt, as a number a model can condition on rather than a display
 * string: a style tag and its similarity ({@code "tag", "lofi hip hop", 0.62}), valence or arousal
 * ({@code "valence", "", -0.41}), an image's brightness. {@code label} is empty when the kind says it all.
 */
public record Reading(String interpreter, String kind, String label, double value) {
    public Reading {
        Objects.requireNonNull(interpreter, "interpreter");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reading is a finite number, got " + value);
        }
    }
}
