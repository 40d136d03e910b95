// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.api;

import java.util.Locale;

/**
 * What a batch run did: items made, failed and skipped as already complete, the wall time, the seconds of music
 * made, and whether it was interrupted before the end.
 */
public record BatchSummary(int done, int failed, int skipped, double wallSeconds, double audioSeconds,
        boolean interrupted) {
    /** The command's exit code: 0 every item done, 5 some failed, 130 interrupted. */
    public int exitCode() {
        return interrupted ? 130 : failed > 0 ? 5 : 0;
    }

    public double itemsPerSecond() {
        return wallSeconds > 0 ? (done + failed) / wallSeconds : 0;
    }

    /** One line for the end of a run. */
    public String line() {
        return String.format(Locale.ROOT,
                "%s: %d done, %d failed, %d skipped in %.1f s; %.2f items/s, %.1f s of music per wall second",
                interrupted ? "interrupted" : "batch finished", done, failed, skipped, wallSeconds, itemsPerSecond(),
                wallSeconds > 0 ? audioSeconds / wallSeconds : 0);
    }
}
