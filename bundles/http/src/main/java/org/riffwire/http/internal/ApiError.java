// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses: the HTTP status, the one-line message, and what else the client is told (which parts
 * of a prompt contradict each other, how long to wait before retrying).
 */
final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final Integer retryAfterSeconds;
    private final transient Map<String, Object> details;

    ApiError(int status, String message) {
        this(status, message, null, Map.of());
    }

    ApiError(int status, String message, Integer retryAfterSeconds, Map<String, Object> details) {
        super(message.replace('\n', ' '));
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.details = Map.copyOf(details);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    int status() {
        return status;
    }

    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The JSON body: {"error": message, ...details}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.putAll(new java.util.TreeMap<>(details));
        return body;
    }
}
