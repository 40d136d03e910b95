// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.riffwire.onnx.api.ModelDescriptor;

/**
 * Reads a model descriptor: a small JSON object with string values, string arrays and one nested object of
 * strings ("resources"), e.g.
 * <pre>{"name": "all-minilm-l6-v2-q", "version": "1", "kind": "sentence-embedding", "file": "x.onnx",
 *  "inputs": ["input_ids"], "outputs": ["last_hidden_state"], "licence": "Apache-2.0",
 *  "resources": {"tokenizer": "x-tokenizer.json"}}</pre>
 * That is all a descriptor needs, so a full JSON library is not worth its weight here.
 */
final class Descriptors {
    record Parsed(ModelDescriptor descriptor, String file) {
    }

    private final String text;
    private int at;

    private Descriptors(String text) {
        this.text = text;
    }

    static Parsed parse(String json, String source) {
        Map<String, Object> fields = new Descriptors(json).object();
        String name = string(fields, "name", source);
        String file = fields.containsKey("file") ? string(fields, "file", source) : name + ".onnx";
        Object resourcesValue = fields.getOrDefault("resources", Map.of());
        if (!(resourcesValue instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("model descriptor " + source + ": \"resources\" must be an object of names to files");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> resources = (Map<String, String>) resourcesValue;
        return new Parsed(new ModelDescriptor(name, string(fields, "version", source), string(fields, "kind", source),
                source, strings(fields, "inputs"), strings(fields, "outputs"),
                fields.containsKey("licence") ? String.valueOf(fields.get("licence")) : "", resources), file);
    }

    private static String string(Map<String, Object> fields, String key, String source) {
        Object v = fields.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("model descriptor " + source + " lacks \"" + key + "\"");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        return v instanceof List<?> list ? (List<String>) list : List.of();
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            String key = quoted();
            expect(':');
            map.put(key, value());
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw error("',' or '}'");
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return quoted();
        }
        if (c == '[') {
            at++;
            List<String> list = new ArrayList<>();
            if (peek() == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(quoted());
                char d = next();
                if (d == ']') {
                    return list;
                }
                if (d != ',') {
                    throw error("',' or ']'");
                }
            }
        }
        if (c == '{') {
            Map<String, String> nested = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : object().entrySet()) {
                nested.put(e.getKey(), String.valueOf(e.getValue()));
            }
            return nested;
        }
        int start = at;
        while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private String quoted() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\' && at < text.length()) {
                char e = text.charAt(at++);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        throw error("closing '\"'");
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("'" + c + "'");
        }
    }

    private char next() {
        skipSpace();
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at++);
    }

    private char peek() {
        skipSpace();
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("model descriptor is not valid JSON: expected " + expected + " at character " + at);
    }
}
