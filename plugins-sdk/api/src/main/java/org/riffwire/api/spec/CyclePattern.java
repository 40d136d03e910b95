// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A pattern the prompt wrote (Strudel or TidalCycles mini-notation), as the notes it plays cycle by cycle; a
 * pattern may differ from cycle to cycle (alternation, slow patterns, random removal with a fixed seed), so it
 * is asked per cycle. Implementations are immutable and equal when their sources and settings are.
 *
 * @since 2.2 (package version; API release 2.3.0)
 */
@ProviderType
public interface CyclePattern {
    /** The pattern as written. */
    String source();

    /** The notes that start in cycle {@code cycle} (0 = the first bar), in time order. */
    List<CycleEvent> notesStartingIn(long cycle);
}
