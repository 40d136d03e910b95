// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.riffwire.core.api.ProgressListener;

/**
 * A one-line progress display on stderr for work that takes longer than a second, redrawn in place. It stays
 * silent when stderr is not a terminal, so logs and pipes get no noise.
 */
final class Progress implements ProgressListener, AutoCloseable {
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private volatile String step = "starting";
    private volatile double fraction;
    private final Thread ticker;
    private volatile boolean shown;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.enabled = terminal;
        this.ticker = new Thread(this::tick, "riffwire-progress");
        this.ticker.setDaemon(true);
        if (enabled) {
            ticker.start();
        }
    }

    @Override
    public void progress(double fraction, String step) {
        this.fraction = fraction;
        this.step = step;
    }

    private void tick() {
        try {
            Thread.sleep(QUIET_NANOS / 1_000_000);
            while (!Thread.currentThread().isInterrupted()) {
                shown = true;
                double seconds = (System.nanoTime() - start) / 1e9;
                err.printf(Locale.ROOT, "\r%-60s", String.format(Locale.ROOT, "riffwire: %s… %3.0f%% (%.1f s)", step, fraction * 100, seconds));
                err.flush();
                Thread.sleep(200);
            }
        } catch (InterruptedException done) {
            // close() ends the display.
        }
    }

    @Override
    public void close() {
        if (!enabled) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.printf("\r%-60s\r", "");
            err.flush();
        }
    }
}
