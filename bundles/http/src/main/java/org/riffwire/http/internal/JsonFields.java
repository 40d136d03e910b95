// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.util.Map;
import java.util.TreeMap;

import org.riffwire.core.api.JsonText;

/** Fields of a request's JSON object, checked for their type, with the field named in each refusal. */
final class JsonFields {
    private JsonFields() {
    }

    /** A string field, or null when absent. */
    static String text(Map<String, Object> fields, String name) throws ApiError {
        Object v = fields.get(name);
        if (v != null && !(v instanceof String)) {
            throw ApiError.badRequest(name + " must be a string, got " + JsonText.write(v));
        }
        return (String) v;
    }

    /**
     * An object of settings ({"tempo": 96, "drums": false}) as the text the core reads: strings and numbers as
     * written, booleans as yes or no; empty when absent.
     */
    static Map<String, String> settings(Object value, String name) throws ApiError {
        Map<String, String> settings = new TreeMap<>();
        if (value == null) {
            return settings;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ApiError.badRequest(name + " must be an object such as {\"tempo\": 96}, got " + JsonText.write(value));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw ApiError.badRequest(name + "." + e.getKey() + " must be a string, number or boolean, got "
                        + JsonText.write(v));
            }
            settings.put(e.getKey().toString(), v instanceof Boolean b ? (b ? "yes" : "no") : v.toString());
        }
        return settings;
    }
}
