// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.util.Map;

/**
 * How a model's sessions are made, from the optional {@code "session"} object of its descriptor:
 * {@code {"optimise": true, "threads": 1}}. By default graphs are not optimised (that doubles session creation for
 * the small models here and bought them no speed) and use every core. A model called hundreds of times a piece
 * with tiny inputs, like the melody model token by token, runs faster optimised (fused attention) on one thread.
 */
record SessionSettings(boolean optimise, int threads) {
    static final SessionSettings DEFAULT = new SessionSettings(false, 0);

    static SessionSettings of(Object value, String source) {
        if (value == null) {
            return DEFAULT;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("model descriptor " + source + ": \"session\" must be an object");
        }
        Object optimise = map.get("optimise");
        Object threads = map.get("threads");
        if ((optimise != null && !(optimise instanceof Boolean)) || (threads != null && !(threads instanceof Number))) {
            throw new IllegalArgumentException("model descriptor " + source
                    + ": \"session\" takes \"optimise\" (true or false) and \"threads\" (a number)");
        }
        return new SessionSettings(Boolean.TRUE.equals(optimise), threads == null ? 0 : ((Number) threads).intValue());
    }

    int threadsOn(int cores) {
        return threads > 0 ? Math.min(threads, cores) : cores;
    }
}
