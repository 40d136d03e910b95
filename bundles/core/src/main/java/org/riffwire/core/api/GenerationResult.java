// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.riffwire.api.Piece;
import org.riffwire.api.analysis.AdherenceReport;

/**
 * What a generation wrote, with the piece, the seed used, the wall time in milliseconds and, when verification
 * was asked for, the adherence report.
 */
public record GenerationResult(Piece piece, long seed, List<Path> files, long millis, Optional<AdherenceReport> report) {
    public GenerationResult {
        files = List.copyOf(files);
    }
}
