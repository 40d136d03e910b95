// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.onnx.api.SessionCall;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A model whose sessions, one a part, are created on first use (kept off the runtime's start) and shared by
 * concurrent calls. Calls are counted in and out; closing waits for the calls in flight before the native sessions
 * are freed.
 */
final class LoadedModel implements OnnxModel {
    static final long CLOSE_WAIT_SECONDS = 10;

    private final ModelDescriptor descriptor;
    private final ModelSource source;
    private final SessionSettings settings;
    private final java.util.function.Supplier<OrtEnvironment> environment;
    private final java.util.Map<String, OrtSession> sessions = new java.util.LinkedHashMap<>();
    private String problem;
    private boolean closed;
    private int inFlight;
    private long loadMillis;
    /** Durations of the latest calls, in nanoseconds, for the status line. */
    private final long[] recent = new long[256];
    private long calls;

    LoadedModel(ModelDescriptor descriptor, ModelSource source, SessionSettings settings,
            java.util.function.Supplier<OrtEnvironment> environment) {
        this.descriptor = descriptor;
        this.source = source;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public ModelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public java.util.List<String> parts() {
        return source.parts();
    }

    @Override
    public <T> T run(String part, SessionCall<T> call) throws OrtException, ModelUnavailableException {
        OrtSession current = enter(part);
        try {
            long start = System.nanoTime();
            T result = call.call(environment.get(), current);
            record(System.nanoTime() - start);
            return result;
        } finally {
            leave();
        }
    }

    /** Counts a call in, creating the part's session on first use. */
    private synchronized OrtSession enter(String part) throws ModelUnavailableException {
        OrtSession current = session(part);
        inFlight++;
        return current;
    }

    /** Counts a call out; the last call out of a closed model frees its session. */
    private synchronized void leave() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
            if (closed) {
                freeSession();
            }
        }
    }

    /** The part's session, created on first use; called with this model's monitor held. */
    private OrtSession session(String part) throws ModelUnavailableException {
        if (closed) {
            throw new org.riffwire.onnx.api.ModelRemovedException("model " + descriptor.name() + " has been removed");
        }
        if (!source.parts().contains(part)) {
            throw new ModelUnavailableException("model " + descriptor.name() + " has no part " + part + "; its parts: "
                    + String.join(", ", source.parts()), null);
        }
        OrtSession session = sessions.get(part);
        if (session == null) {
            long start = System.nanoTime();
            // The environment first: it is what loads ONNX Runtime's native libraries, from where the registry
            // unpacks them (session options would load them from ONNX Runtime's own temporary copy).
            OrtEnvironment env = environment.get();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(settings.threadsOn(Math.max(1, Runtime.getRuntime().availableProcessors())));
                // Graph optimisation doubles session creation (54 against 25 ms for all-MiniLM-L6-v2, warm)
                // and bought no inference speed on these small models (0.92 against 0.94 ms a call):
                // a one-shot command pays for creation, so skip it unless the descriptor asks (SessionSettings).
                options.setOptimizationLevel(settings.optimise() ? OrtSession.SessionOptions.OptLevel.ALL_OPT
                        : OrtSession.SessionOptions.OptLevel.NO_OPT);
                java.util.Optional<java.nio.file.Path> file = source.file(part);
                session = file.isPresent() ? env.createSession(file.get().toString(), options)
                        : env.createSession(source.model(part), options);
                sessions.put(part, session);
                problem = null;
                loadMillis += (System.nanoTime() - start) / 1_000_000;
            } catch (OrtException | IOException | RuntimeException e) {
                String where = source.parts().size() > 1 ? part + ": " : "";
                problem = where + e.getMessage();
                throw new ModelUnavailableException("model " + descriptor.name() + " from " + descriptor.source()
                        + " cannot be loaded: " + where + e.getMessage(), e);
            }
        }
        return session;
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
        if (sessions.isEmpty()) {
            return "not loaded yet";
        }
        int n = (int) Math.min(calls, recent.length);
        String latency = "";
        if (n > 0) {
            long[] sorted = java.util.Arrays.copyOf(recent, n);
            java.util.Arrays.sort(sorted);
            latency = String.format(java.util.Locale.ROOT, ", %d calls, median %.1f ms", calls, sorted[n / 2] / 1e6);
        }
        String parts = source.parts().size() > 1 ? sessions.size() + " of " + source.parts().size() + " parts " : "";
        return "ready (" + parts + "loaded once, in " + loadMillis + " ms" + latency + ")";
    }

    private synchronized void record(long nanos) {
        recent[(int) (calls % recent.length)] = nanos;
        calls++;
    }

    /**
     * Withdraws the model: no new call starts, and the session is freed once the calls in flight have returned.
     * Waits for them up to {@value #CLOSE_WAIT_SECONDS} s; a call still running then frees the session itself when
     * it returns, so a native session is never freed under a running call.
     */
    synchronized void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        while (inFlight > 0 && System.nanoTime() < deadline) {
            try {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight == 0) {
            freeSession();
        }
    }

    private void freeSession() {
        for (OrtSession session : sessions.values()) {
            try {
                session.close();
            } catch (OrtException e) {
                problem = e.getMessage();
            }
        }
        sessions.clear();
    }
}
