// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Score;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.core.api.BusyException;
import org.riffwire.core.api.CancellationSignal;

class GenerationRunnerTest {
    private final GenerationRunner runner = new GenerationRunner(1, 1, 2);
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        runner.close();
        callers.shutdownNow();
    }

    private static MusicSpec spec() throws Exception {
        return MusicSpec.merge(List.of());
    }

    private static Piece piece(MusicSpec spec) {
        return Piece.ofScore(spec, new Score(Score.PPQ, 100, Meter.COMMON, new Key(0, Mode.MAJOR), List.of(), 0), Map.of());
    }

    private GenerationRunner.Job job(Generator g, Object timeout) throws Exception {
        return new GenerationRunner.Job("test", g, timeout, spec(), null);
    }

    /** A generator that holds its worker until the test lets it go (or it is interrupted). */
    private Generator blocking(CountDownLatch started) {
        return (spec, context) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new CancellationException("interrupted");
            }
            return piece(spec);
        };
    }

    @Test
    void aFullQueueIsRefusedAsBusyNotQueuedWithoutEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<Piece> running = callers.submit(() -> runner.run(job(blocking(started), null), new CancellationSignal()));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Future<Piece> waiting = callers.submit(() -> runner.run(job(blocking(new CountDownLatch(1)), null), new CancellationSignal()));
        Thread.sleep(100);
        BusyException busy = assertThrows(BusyException.class,
                () -> runner.run(job((s, c) -> piece(s), null), new CancellationSignal()));
        assertTrue(busy.getMessage().contains("1 generations running and 1 waiting"), busy.getMessage());
        release.countDown();
        running.get(5, TimeUnit.SECONDS);
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theGeneratorsOwnTimeoutWins() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.run(job(blocking(new CountDownLatch(1)), "1"), new CancellationSignal()));
        assertEquals("generator 'test' did not finish within 1 s and was cancelled", e.getMessage());
    }

    @Test
    void cancellingStopsARunningGeneration() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CancellationSignal signal = new CancellationSignal();
        Future<Piece> call = callers.submit(() -> runner.run(job(blocking(started), null), signal));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        signal.cancel();
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> call.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CancellationException, String.valueOf(e.getCause()));
    }

    @Test
    void aThrowingGeneratorFailsItsRequestByNameAndARefusalPassesThrough() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.run(job((s, c) -> { throw new ArithmeticException("boom"); }, null), new CancellationSignal()));
        assertEquals("generator 'test' failed: java.lang.ArithmeticException: boom", e.getMessage());
        UnsatisfiableSpecException u = assertThrows(UnsatisfiableSpecException.class,
                () -> runner.run(job((s, c) -> { throw new UnsatisfiableSpecException("no tubas"); }, null),
                        new CancellationSignal()));
        assertEquals("no tubas", u.getMessage());
    }

    @Test
    void aRequestCancelledInTheQueueLeavesItAndItsTimeStartsWithAWorker() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<Piece> running = callers.submit(() -> runner.run(job(blocking(started), null), new CancellationSignal()));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CancellationSignal signal = new CancellationSignal();
        Future<Piece> queued = callers.submit(() -> runner.run(job((s, c) -> piece(s), null), signal));
        Thread.sleep(100);
        signal.cancel();
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> queued.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CancellationException, String.valueOf(e.getCause()));
        // Its place in the queue is free again: another request waits there instead of being refused.
        Future<Piece> next = callers.submit(() -> runner.run(job((s, c) -> piece(s), null), new CancellationSignal()));
        Thread.sleep(100);
        release.countDown();
        running.get(5, TimeUnit.SECONDS);
        next.get(5, TimeUnit.SECONDS);
    }
}
