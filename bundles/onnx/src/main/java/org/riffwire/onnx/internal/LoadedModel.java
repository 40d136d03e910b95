// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.onnx.api.SessionCall;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A model whose session is created on first use (about half a second for a small transformer, kept off the
 * runtime's start) and shared. Calls hold a read lock; closing takes the write lock, so it waits for the calls
 * in flight, up to a bound, before the native session is freed.
 */
final class LoadedModel implements OnnxModel {
    static final long CLOSE_WAIT_SECONDS = 10;

    private final ModelDescriptor descriptor;
    private final ModelSource source;
    private final java.util.function.Supplier<OrtEnvironment> environment;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private OrtSession session;
    private String problem;
    private boolean closed;

    LoadedModel(ModelDescriptor descriptor, ModelSource source, java.util.function.Supplier<OrtEnvironment> environment) {
        this.descriptor = descriptor;
        this.source = source;
        this.environment = environment;
    }

    @Override
    public ModelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public <T> T run(SessionCall<T> call) throws OrtException, ModelUnavailableException {
        lock.readLock().lock();
        try {
            OrtSession current = session();
            return call.call(environment.get(), current);
        } finally {
            lock.readLock().unlock();
        }
    }

    private OrtSession session() throws ModelUnavailableException {
        synchronized (this) {
            if (closed) {
                throw new ModelUnavailableException("model " + descriptor.name() + " has been removed", null);
            }
            if (session == null) {
                try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                    options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
                    session = environment.get().createSession(source.model(), options);
                    problem = null;
                } catch (OrtException | IOException | RuntimeException e) {
                    problem = e.getMessage();
                    throw new ModelUnavailableException("model " + descriptor.name() + " from " + descriptor.source()
                            + " cannot be loaded: " + e.getMessage(), e);
                }
            }
            return session;
        }
    }

    @Override
    public InputStream resource(String name) throws IOException {
        String file = descriptor.resources().get(name);
        if (file == null) {
            throw new IOException("model " + descriptor.name() + " has no resource named " + name);
        }
        return source.open(file);
    }

    @Override
    public synchronized String status() {
        if (closed) {
            return "removed";
        }
        if (problem != null) {
            return "unusable: " + problem;
        }
        return session == null ? "not loaded yet" : "ready";
    }

    /** Frees the session once the calls in flight have returned (or the wait is over). */
    void close() {
        boolean locked = false;
        try {
            locked = lock.writeLock().tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            synchronized (this) {
                closed = true;
                if (session != null) {
                    try {
                        session.close();
                    } catch (OrtException e) {
                        problem = e.getMessage();
                    }
                    session = null;
                }
            }
        } finally {
            if (locked) {
                lock.writeLock().unlock();
            }
        }
    }
}
