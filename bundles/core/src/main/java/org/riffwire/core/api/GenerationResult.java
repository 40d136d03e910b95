// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;

import org.riffwire.api.Piece;

/** What a generation wrote, with the piece, the seed used and the wall time in milliseconds. */
public record GenerationResult(Piece piece, long seed, List<Path> files, long millis) {
    public GenerationResult {
        files = List.copyOf(files);
    }
}
