// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.riffwire.api.music.TrackRole;

/**
 * The parts a prompt wrote as patterns, played exactly as written for the piece's length, a cycle per bar, and
 * the parts the prompt asks a generator to add around them ("add a bass line and chords"): BASS, HARMONY
 * (chords) or DRUMS. A generator adds nothing else.
 *
 * @since 2.2 (package version; API release 2.3.0)
 */
public record Patterns(List<PatternPart> parts, Set<TrackRole> added) {
    public Patterns {
        parts = List.copyOf(parts);
        added = Set.copyOf(added);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("patterns need at least one part");
        }
    }

    @Override
    public String toString() {
        String written = parts.stream().map(PatternPart::toString).collect(Collectors.joining("; "));
        return added.isEmpty() ? written : written + "; add " + added.stream().map(r -> r.name().toLowerCase())
                .sorted().collect(Collectors.joining(", "));
    }
}
