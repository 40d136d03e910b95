// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;
import java.util.stream.Collectors;

/** The prompt asks for things that cannot all hold. The message names every conflicting part. */
public class SpecConflictException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Conflict> conflicts;

    public SpecConflictException(List<Conflict> conflicts) {
        super("contradictory prompt: " + conflicts.stream().map(Conflict::message).collect(Collectors.joining("; ")));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
