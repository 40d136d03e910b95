// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;

import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecPatch;

/** The merged spec and the patches it was merged from, in pipeline order (runtime defaults last). */
public record Interpretation(MusicSpec spec, List<SpecPatch> patches) {
    public Interpretation {
        patches = List.copyOf(patches);
    }
}
