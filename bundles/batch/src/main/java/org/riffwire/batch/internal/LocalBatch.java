// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CancellationException;

import org.riffwire.batch.api.BatchItem;
import org.riffwire.batch.api.BatchJob;
import org.riffwire.batch.api.BatchSummary;
import org.riffwire.batch.io.Manifest;
import org.riffwire.batch.io.PromptList;
import org.riffwire.core.api.CancellationSignal;

/**
 * The local engine: the job's items not yet complete, made by a fixed number of worker threads on this
 * runtime, each entry recorded as its item ends. Ctrl-C or SIGTERM stops taking items, lets those in flight
 * end (up to 20 s, then cancels them: made again next time), rewrites the manifest and returns 130 or 143.
 */
final class LocalBatch {
    /** How long an interrupted run waits for its items in flight to end, before it cancels them. */
    private static final long STOP_WAIT_SECONDS = 20;
    /** How long it then waits for the cancelled items to notice. */
    private static final long CANCEL_WAIT_SECONDS = 5;

    private final ItemWorker worker;

    LocalBatch(ItemWorker worker) {
        this.worker = worker;
    }

    BatchSummary run(BatchJob job, PrintStream err, boolean terminal) throws IOException {
        List<BatchItem> items = PromptList.read(job.list(), job.formats(), job.pipeline());
        Path dir = job.out();
        Files.createDirectories(dir);
        List<BatchItem> todo = Manifest.incomplete(items, dir);
        int skipped = items.size() - todo.size();
        if (skipped > 0) {
            err.println("riffwire: " + skipped + " of " + items.size() + " items are complete in " + dir
                    + " and are skipped");
        }
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Double> audio = new AtomicReference<>(0.0);
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        Set<CancellationSignal> inFlight = ConcurrentHashMap.newKeySet();
        CountDownLatch finished = new CountDownLatch(1);
        Stop stop = new Stop();
        // Ctrl-C or SIGTERM: stop taking items and let those in flight end and be recorded (cancelled only when
        // they outlast the wait). The signals are taken so the process does not start its shutdown meanwhile; a
        // JVM without sun.misc.Signal gets the same from a shutdown hook.
        StopSignals signals = StopSignals.trap(number -> stop.request(number));
        // The canceller below serves both ways in: the hook only asks for the stop and waits for the run to end.
        Thread onShutdown = new Thread(() -> {
            stop.request(15);
            try {
                finished.await(STOP_WAIT_SECONDS + CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "riffwire-batch-stop");
        Thread canceller = new Thread(() -> {
            try {
                stop.awaitRequest();
                if (!finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    inFlight.forEach(CancellationSignal::cancel);
                }
            } catch (InterruptedException ended) {
                // the batch ended first
            }
        }, "riffwire-batch-canceller");
        canceller.setDaemon(true);
        canceller.start();
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try (Manifest manifest = Manifest.open(dir); BatchProgress progress = new BatchProgress(err, terminal, todo.size())) {
            Runnable work = () -> {
                int i;
                while (!stop.requested && writeFailure.get() == null && (i = next.getAndIncrement()) < todo.size()) {
                    BatchItem item = todo.get(i);
                    CancellationSignal signal = new CancellationSignal();
                    inFlight.add(signal);
                    try {
                        ItemWorker.Outcome outcome = worker.make(item, dir, job.verify(), signal);
                        if (stop.requested && !outcome.done()) {
                            continue; // ended by the shutdown, not by the item: made again next time
                        }
                        manifest.append(outcome.entry());
                        if (outcome.done()) {
                            done.incrementAndGet();
                            audio.accumulateAndGet(outcome.audioSeconds(), Double::sum);
                            progress.done();
                        } else {
                            failed.incrementAndGet();
                            progress.failed(item.name(), outcome.error());
                        }
                    } catch (CancellationException stopped) {
                        // not recorded: the next run makes it
                    } catch (IOException e) {
                        writeFailure.compareAndSet(null, e);
                    } finally {
                        inFlight.remove(signal);
                    }
                }
            };
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < Math.min(job.workers(), Math.max(1, todo.size())); w++) {
                Thread t = new Thread(work, "riffwire-batch-" + w);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.request(2);
        } finally {
            try {
                Manifest.compact(dir);
            } finally {
                finished.countDown();
                canceller.interrupt();
                if (signals != null) {
                    signals.close();
                }
                try {
                    Runtime.getRuntime().removeShutdownHook(onShutdown);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it waits for this run, which has just ended.
                }
            }
        }
        if (writeFailure.get() != null) {
            throw new UncheckedIOException("cannot write the manifest in " + dir, writeFailure.get());
        }
        BatchSummary summary = new BatchSummary(done.get(), failed.get(), skipped, (System.nanoTime() - start) / 1e9,
                audio.get(), stop.requested ? stop.signal : 0);
        err.println("riffwire: " + summary.line());
        return summary;
    }

    /** Set once, by a signal, the shutdown hook or an interrupted wait, with the signal's number. */
    private static final class Stop {
        private final CountDownLatch asked = new CountDownLatch(1);
        volatile boolean requested;
        volatile int signal;

        synchronized void request(int number) {
            if (!requested) {
                signal = number;
                requested = true;
                asked.countDown();
            }
        }

        void awaitRequest() throws InterruptedException {
            asked.await();
        }
    }
}
