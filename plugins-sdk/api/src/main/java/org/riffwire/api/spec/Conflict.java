// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Objects;

/** Two values of a prompt that cannot both hold, and why. */
public record Conflict(SpecValue<?> first, SpecValue<?> second, String reason) {
    public Conflict {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(reason, "reason");
    }

    public String message() {
        return first.provenance().describe() + " contradicts " + second.provenance().describe() + ": " + reason;
    }
}
