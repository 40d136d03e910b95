// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON answers, for the HTTP API and the command line's --json: maps become objects (in their iteration
 * order), collections arrays, {@link Raw} text already JSON (a spec written by {@link SpecJson}) goes in as it is.
 */
public final class JsonText {
    private JsonText() {
    }

    /** JSON text to embed unchanged. */
    public record Raw(String json) {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Raw raw) {
            sb.append(raw.json());
        } else if (value instanceof String s) {
            quote(s, sb);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            sb.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            sb.append(Double.isFinite(d) ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                    : Double.toString(d)) : "null");
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (value instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object o : list) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else {
            quote(value.toString(), sb);
        }
    }

    /** SpecJson's quoting, with '<' written escaped so an answer can never close a script it is embedded in. */
    private static void quote(String s, StringBuilder sb) {
        sb.append(SpecJson.quote(s).replace("<", "\\u003c"));
    }
}
