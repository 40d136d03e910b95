// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.riffwire.core.api.JsonText;
import org.riffwire.core.api.CancellationSignal;
import org.riffwire.core.api.ProgressListener;

/**
 * One generation the API was asked for, from queued to done or failed: its status, progress, the view
 * {@code GET /api/generations/ID} answers, and the events its streams have been sent (replayed to a late
 * subscriber, so none misses the end).
 */
final class Generation implements ProgressListener {
    enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** Receives the events of one generation; must not block for long. */
    interface Listener {
        /** @return false to be dropped (its client has gone) */
        boolean event(Event event);
    }

    record Event(long id, String name, String json) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int ID_LENGTH = 26;

    private final String id;
    private final GenerationForm form;
    private final String pipeline;
    private final List<String> formats;
    private final String specJson;
    private final Instant created = Instant.now();
    private final long createdNanos = System.nanoTime();
    private final CancellationSignal cancellation = new CancellationSignal();
    private final List<Event> events = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private long eventCount;
    private Status status = Status.QUEUED;
    private double fraction;
    private String step = "queued";
    private long startedNanos;
    private long endedNanos;
    private String error;
    private String errorKind;
    private Map<String, Object> outcome = Map.of();

    Generation(GenerationForm form, String pipeline, List<String> formats, String specJson) {
        this.id = newId();
        this.form = form;
        this.pipeline = pipeline;
        this.formats = List.copyOf(formats);
        this.specJson = specJson;
    }

    /** 130 random bits in lower-case base32: unguessable, and safe as a folder name. */
    static String newId() {
        StringBuilder sb = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static boolean isId(String s) {
        return s != null && s.length() == ID_LENGTH && s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    String id() {
        return id;
    }

    GenerationForm form() {
        return form;
    }

    String pipeline() {
        return pipeline;
    }

    List<String> formats() {
        return formats;
    }

    CancellationSignal cancellation() {
        return cancellation;
    }

    synchronized Status status() {
        return status;
    }

    synchronized boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Milliseconds it waited for a worker (so far, if it still waits). */
    synchronized long queueMillis() {
        long until = startedNanos != 0 ? startedNanos : endedNanos != 0 ? endedNanos : System.nanoTime();
        return (until - createdNanos) / 1_000_000;
    }

    /** @return false if it had already finished (cancelled while queued) */
    boolean start() {
        synchronized (this) {
            if (status != Status.QUEUED) {
                return false;
            }
            status = Status.RUNNING;
            startedNanos = System.nanoTime();
            step = "started";
        }
        publish("status", JsonText.write(Map.of("status", "running")));
        return true;
    }

    @Override
    public void progress(double f, String s) {
        synchronized (this) {
            if (status != Status.RUNNING) {
                return;
            }
            // A generator may report every small step: the stream hears a change of step or of a whole percent.
            boolean worth = !s.equals(step) || Math.floor(f * 100) != Math.floor(fraction * 100);
            fraction = f;
            step = s;
            if (!worth) {
                return;
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fraction", Math.round(f * 1000) / 1000.0);
        p.put("step", s);
        publish("progress", JsonText.write(p));
    }

    void succeed(Map<String, Object> outcome) {
        synchronized (this) {
            if (isFinished()) {
                return;
            }
            this.outcome = Map.copyOf(outcome);
            status = Status.DONE;
            fraction = 1;
            step = "done";
            endedNanos = System.nanoTime();
        }
        publish("done", JsonText.write(view()));
    }

    /** @param kind bad-input, unsatisfiable, cancelled, busy or internal */
    void fail(String kind, String message) {
        synchronized (this) {
            if (isFinished()) {
                return;
            }
            status = Status.FAILED;
            error = message.replace('\n', ' ');
            errorKind = kind;
            endedNanos = System.nanoTime();
        }
        publish("failed", JsonText.write(view()));
    }

    /** Sends the events so far to the listener, then every later one; after the end, nothing more. */
    void subscribe(Listener listener) {
        List<Event> past;
        synchronized (this) {
            past = List.copyOf(events);
            if (!isFinished()) {
                listeners.add(listener);
            }
        }
        for (Event e : past) {
            if (!listener.event(e)) {
                listeners.remove(listener);
                return;
            }
        }
    }

    void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }

    private void publish(String name, String json) {
        Event event;
        boolean last;
        synchronized (this) {
            event = new Event(++eventCount, name, json);
            // Progress is not replayed beyond the latest: a late subscriber needs where it stands, not its history.
            if (name.equals("progress") && !events.isEmpty() && events.get(events.size() - 1).name().equals("progress")) {
                events.set(events.size() - 1, event);
            } else {
                events.add(event);
            }
            last = isFinished();
        }
        for (Listener l : listeners) {
            if (!l.event(event)) {
                listeners.remove(l);
            }
        }
        if (last) {
            listeners.clear();
        }
    }

    /** The body of GET /api/generations/ID. */
    synchronized Map<String, Object> view() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        v.put("prompt", form.prompt());
        v.put("pipeline", pipeline);
        v.put("formats", formats);
        v.put("created", created.toString());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fraction", Math.round(fraction * 1000) / 1000.0);
        p.put("step", step);
        v.put("progress", p);
        v.put("queueMillis", queueMillis());
        if (endedNanos != 0 && startedNanos != 0) {
            v.put("runMillis", (endedNanos - startedNanos) / 1_000_000);
        }
        if (form.image() != null) {
            v.put("image", form.image().fileName());
        }
        if (form.init() != null) {
            v.put("init", form.init().fileName());
        }
        v.putAll(outcome);
        v.putIfAbsent("seed", form.seed());
        v.putIfAbsent("spec", new JsonText.Raw(specJson));
        v.putIfAbsent("files", List.of());
        if (error != null) {
            v.put("error", error);
            v.put("errorKind", errorKind);
        }
        v.put("events", "/api/generations/" + id + "/events");
        return v;
    }
}
