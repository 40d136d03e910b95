// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch's progress: a bar redrawn in place on a terminal, and a line for each failed item everywhere, so a
 * log shows what failed without the bar's noise.
 */
final class BatchProgress implements AutoCloseable {
    private static final int WIDTH = 28;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Thread ticker;

    BatchProgress(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.ticker = new Thread(this::tick, "riffwire-batch-progress");
        ticker.setDaemon(true);
        if (terminal && total > 0) {
            ticker.start();
        }
    }

    void done() {
        done.incrementAndGet();
    }

    synchronized void failed(String item, String error) {
        failed.incrementAndGet();
        err.print(terminal ? "\r\033[K" : "");
        err.println("riffwire: " + item + " failed: " + error);
        err.flush();
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                draw();
                Thread.sleep(250);
            }
        } catch (InterruptedException stopped) {
            // close() ends the bar.
        }
    }

    private synchronized void draw() {
        int ended = done.get() + failed.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? ended / seconds : 0;
        int filled = total == 0 ? WIDTH : (int) Math.round(WIDTH * (double) ended / total);
        String eta = rate > 0 ? String.format(Locale.ROOT, ", %.0f s left", (total - ended) / rate) : "";
        err.printf(Locale.ROOT, "\r\033[K[%s%s] %d/%d, %d failed, %.2f items/s%s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), ended, total, failed.get(), rate, eta);
        err.flush();
    }

    @Override
    public void close() {
        if (!ticker.isAlive()) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
