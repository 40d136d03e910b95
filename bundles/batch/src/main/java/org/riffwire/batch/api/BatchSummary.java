// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.api;

import java.util.Locale;

/**
 * What a batch run did: items made, failed and skipped as already complete, the wall time, the seconds of music
 * made, and the signal that stopped it before the end (2 for Ctrl-C, 15 for SIGTERM), or 0.
 */
public record BatchSummary(int done, int failed, int skipped, double wallSeconds, double audioSeconds, int signal) {
    /** The command's exit code: 0 every item done, 5 some failed, 128 + the signal when stopped (130, 143). */
    public int exitCode() {
        return signal > 0 ? 128 + signal : failed > 0 ? 5 : 0;
    }

    public boolean interrupted() {
        return signal > 0;
    }

    public double itemsPerSecond() {
        return wallSeconds > 0 ? (done + failed) / wallSeconds : 0;
    }

    /** One line for the end of a run. */
    public String line() {
        return String.format(Locale.ROOT,
                "%s: %d done, %d failed, %d skipped in %.1f s; %.2f items/s, %.1f s of music per wall second",
                interrupted() ? "interrupted" : "batch finished", done, failed, skipped, wallSeconds, itemsPerSecond(),
                wallSeconds > 0 ? audioSeconds / wallSeconds : 0);
    }
}
