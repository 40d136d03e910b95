// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.riffwire.core.api.JsonText;

/** Writes JSON answers and JSON errors, the one shape every API response has. */
final class Responses {
    private Responses() {
    }

    static void json(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = (JsonText.write(body) + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void error(HttpServletResponse response, ApiError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (error.status() == 413) {
            // The rest of the body is not read: a client must not send its next request on this connection.
            response.setHeader("Connection", "close");
        }
        if (error.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", Integer.toString(error.retryAfterSeconds()));
        }
        json(response, error.status(), error.body());
    }
}
