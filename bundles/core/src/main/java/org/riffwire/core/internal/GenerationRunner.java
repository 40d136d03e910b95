// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.BusyException;
import org.riffwire.core.api.CancellationSignal;

/**
 * Runs generators on a bounded pool: at most {@value #WORKERS_PROPERTY} at once (default: the core count), at
 * most {@value #QUEUE_PROPERTY} waiting (default 16), each cancelled after its timeout: the generator's own
 * {@value #GENERATOR_TIMEOUT_PROPERTY} service property, else {@value #TIMEOUT_PROPERTY} (framework property,
 * default 120 s). A generator that throws fails only its own request, named in the error.
 */
@Component(service = GenerationRunner.class)
public final class GenerationRunner {
    static final String WORKERS_PROPERTY = "riffwire.generation.workers";
    static final String QUEUE_PROPERTY = "riffwire.generation.queue";
    static final String TIMEOUT_PROPERTY = "riffwire.generation.timeout";
    /** Service property of a generator: seconds it may take, overriding the runtime's timeout. */
    static final String GENERATOR_TIMEOUT_PROPERTY = "riffwire.timeout";

    private final ThreadPoolExecutor workers;
    private final long defaultTimeoutSeconds;

    @Activate
    public GenerationRunner(BundleContext context) {
        this(positive(context.getProperty(WORKERS_PROPERTY), Runtime.getRuntime().availableProcessors()),
                positive(context.getProperty(QUEUE_PROPERTY), 16), positive(context.getProperty(TIMEOUT_PROPERTY), 120));
    }

    GenerationRunner(int count, int queue, long defaultTimeoutSeconds) {
        this.defaultTimeoutSeconds = defaultTimeoutSeconds;
        this.workers = new ThreadPoolExecutor(count, count, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "riffwire-generation");
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    @Deactivate
    void close() {
        workers.shutdownNow();
    }

    /** One generation to run: the pipeline's generator with its timeout, the spec and the context it gets. */
    record Job(String generatorName, org.riffwire.api.Generator generator, Object timeoutProperty, MusicSpec spec,
            GenerationContext context) {
    }

    Piece run(Job job, CancellationSignal cancellation) throws UnsatisfiableSpecException, BadRequestException {
        long timeout = positive(job.timeoutProperty() == null ? null : job.timeoutProperty().toString(), defaultTimeoutSeconds);
        CountDownLatch started = new CountDownLatch(1);
        Future<Piece> future;
        try {
            future = workers.submit(() -> {
                started.countDown();
                return job.generator().generate(job.spec(), job.context());
            });
        } catch (RejectedExecutionException e) {
            throw new BusyException("the runtime is busy: " + workers.getActiveCount() + " generations running and "
                    + workers.getQueue().size() + " waiting; try again shortly");
        }
        // A request given up while it still waits leaves the queue, so it holds no place there.
        Runnable withdraw = () -> {
            future.cancel(true);
            workers.remove((Runnable) future);
        };
        cancellation.whenCancelled(withdraw);
        try {
            // The timeout is the generator's time: it starts when a worker takes the request, not in the queue.
            // Waiting for a worker is bounded by the same span, so a stuck pool still answers.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
            while (!started.await(20, TimeUnit.MILLISECONDS)) {
                if (future.isCancelled()) {
                    throw new CancellationException("the generation was cancelled");
                }
                if (System.nanoTime() > deadline) {
                    withdraw.run();
                    throw new BusyException("the runtime is busy: no worker was free for " + timeout + " s; try again shortly");
                }
            }
            return future.get(timeout, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            withdraw.run();
            throw new IllegalStateException("generator '" + job.generatorName() + "' did not finish within " + timeout
                    + " s and was cancelled");
        } catch (CancellationException e) {
            throw new CancellationException("the generation was cancelled");
        } catch (InterruptedException e) {
            withdraw.run();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the generation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnsatisfiableSpecException u) {
                throw u;
            }
            if (cause instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException("generator '" + job.generatorName() + "' failed: " + cause, cause);
        }
    }

    private static int positive(String value, long fallback) {
        if (value != null && value.strip().matches("\\d{1,9}") && Integer.parseInt(value.strip()) > 0) {
            return Integer.parseInt(value.strip());
        }
        return (int) fallback;
    }
}
