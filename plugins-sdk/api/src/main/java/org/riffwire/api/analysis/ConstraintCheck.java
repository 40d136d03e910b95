// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import java.util.Objects;

/**
 * One constraint of a spec checked on a piece: what was asked, what was measured, whether it holds, whether it
 * is hard (stated by the prompt) and how it was measured ("audio", "score").
 */
public record ConstraintCheck(String constraint, String expected, String measured, boolean passed, boolean hard,
        String method) {
    public ConstraintCheck {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(method, "method");
    }
}
