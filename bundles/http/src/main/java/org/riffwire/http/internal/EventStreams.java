// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.riffwire.core.api.JsonText;

/**
 * The Server-Sent Events of {@code /api/generations/ID/events}: what happened so far, then each progress step and
 * the end (done or failed), after which the stream closes. A comment every 15 s keeps idle connections open and
 * finds clients that have gone, which are then dropped: a vanished client holds nothing.
 */
@Component(service = EventStreams.class)
public final class EventStreams {
    private static final long HEARTBEAT_SECONDS = 15;

    private final Generations generations;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "riffwire-http-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public EventStreams(@Reference Generations generations) {
        this.generations = generations;
        heartbeat.scheduleWithFixedDelay(() -> open.forEach(Stream::ping), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    @Deactivate
    void close() {
        heartbeat.shutdownNow();
        open.forEach(Stream::end);
    }

    /** Streams currently open, for tests and the load figures. */
    int openCount() {
        return open.size();
    }

    void open(HttpServletRequest request, HttpServletResponse response, String id) throws IOException, ApiError {
        var live = generations.live(id);
        Object record = live.isPresent() ? null : generations.view(id).orElseThrow(() -> ApiError.notFound(
                "no generation '" + id + "' (unknown, or its results were cleaned up)"));
        response.setStatus(200);
        response.setContentType("text/event-stream;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        Stream stream = new Stream(async, response.getOutputStream());
        if (record != null) {
            // Finished before this server started: its record is the whole story.
            String json = JsonText.write(record);
            stream.event(new Generation.Event(1, json.contains("\"status\":\"done\"") ? "done" : "failed", json));
            stream.end();
            return;
        }
        Generation g = live.get();
        stream.generation = g;
        open.add(stream);
        async.addListener(stream);
        g.subscribe(stream);
        if (g.isFinished()) {
            stream.end();
        }
    }

    private final class Stream implements Generation.Listener, AsyncListener {
        private final AsyncContext async;
        private final ServletOutputStream out;
        private volatile Generation generation;
        private boolean ended;

        Stream(AsyncContext async, ServletOutputStream out) {
            this.async = async;
            this.out = out;
        }

        @Override
        public synchronized boolean event(Generation.Event e) {
            if (ended) {
                return false;
            }
            boolean last = e.name().equals("done") || e.name().equals("failed");
            // A data line may not hold a line break: each line of the JSON is a data line of its own.
            boolean sent = write("id: " + e.id() + "\nevent: " + e.name() + "\ndata: " + e.json().replace("\n", "\ndata: ")
                    + "\n\n");
            if (!sent || last) {
                end();
                return false;
            }
            return true;
        }

        synchronized void ping() {
            if (!ended && !write(": keep-alive\n\n")) {
                end();
            }
        }

        private boolean write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        synchronized void end() {
            if (ended) {
                return;
            }
            ended = true;
            open.remove(this);
            Generation g = generation;
            if (g != null) {
                g.unsubscribe(this);
            }
            try {
                async.complete();
            } catch (IllegalStateException alreadyDone) {
                // The container completed it first (the client went away).
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            end();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            end();
        }

        @Override
        public void onError(AsyncEvent event) {
            end();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Nothing to do: the stream starts once.
        }
    }
}
