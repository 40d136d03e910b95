// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import java.util.List;

/** Every check made on a piece; it passes when every hard check passes. */
public record AdherenceReport(List<ConstraintCheck> checks) {
    public AdherenceReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().filter(ConstraintCheck::hard).allMatch(ConstraintCheck::passed);
    }

    public List<ConstraintCheck> failures() {
        return checks.stream().filter(c -> c.hard() && !c.passed()).toList();
    }
}
