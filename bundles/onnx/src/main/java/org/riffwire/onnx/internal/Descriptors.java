// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.riffwire.onnx.api.Json;
import org.riffwire.onnx.api.ModelDescriptor;

/**
 * Reads a model descriptor (with {@link Json}): a JSON object with string values, string arrays and one nested
 * object of strings ("resources"), e.g.
 * <pre>{"name": "all-minilm-l6-v2-q", "version": "1", "kind": "sentence-embedding", "file": "x.onnx",
 *  "inputs": ["input_ids"], "outputs": ["last_hidden_state"], "licence": "Apache-2.0",
 *  "resources": {"tokenizer": "x-tokenizer.json"}}</pre>
 */
final class Descriptors {
    /** A descriptor is a page of JSON; a larger file is not one, and is not read whole. */
    static final long MAX_BYTES = 256 * 1024;
    record Parsed(ModelDescriptor descriptor, String file, SessionSettings session) {
    }

    private Descriptors() {
    }

    static Parsed parse(String json, String source) {
        Map<String, Object> fields;
        try {
            fields = Json.object(json, "model descriptor " + source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        String name = string(fields, "name", source);
        String file = fields.containsKey("file") ? string(fields, "file", source) : name + ".onnx";
        Object resourcesValue = fields.getOrDefault("resources", Map.of());
        if (!(resourcesValue instanceof Map<?, ?> resourceMap)) {
            throw new IllegalArgumentException("model descriptor " + source + ": \"resources\" must be an object of names to files");
        }
        Map<String, String> resources = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : resourceMap.entrySet()) {
            resources.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
        }
        return new Parsed(new ModelDescriptor(name, string(fields, "version", source), string(fields, "kind", source),
                source, strings(fields, "inputs"), strings(fields, "outputs"),
                fields.containsKey("licence") ? String.valueOf(fields.get("licence")) : "", resources), file,
                SessionSettings.of(fields.get("session"), source));
    }

    private static String string(Map<String, Object> fields, String key, String source) {
        Object v = fields.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("model descriptor " + source + " lacks \"" + key + "\"");
        }
        return s;
    }

    private static List<String> strings(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
