// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader for the files that come with models: descriptors, {@code model_index.json},
 * {@code scheduler_config.json}, tokenizer vocabularies. Objects become insertion-ordered maps, arrays lists,
 * numbers {@code Long} when whole and {@code Double} otherwise, and {@code null} stays null. Errors name the
 * source and the character where the text stopped being JSON.
 */
public final class Json {
    /** Deeper nesting is refused: no file this reads nests past a few levels, and recursion must stay bounded. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private final String source;
    private final int maxDepth;
    private int at;
    private int depth;

    private Json(String text, String source, int maxDepth) {
        this.text = text;
        this.source = source;
        this.maxDepth = maxDepth;
    }

    /**
     * @param source what the text is, for error messages ("unet/model.onnx's descriptor")
     * @throws IllegalArgumentException when the text is not one JSON value
     */
    public static Object parse(String text, String source) {
        return parse(text, source, MAX_DEPTH);
    }

    /** Like {@link #parse(String, String)}, refusing objects and arrays nested deeper than {@code maxDepth}. */
    public static Object parse(String text, String source, int maxDepth) {
        Json json = new Json(text, source, Math.min(maxDepth, MAX_DEPTH));
        Object value = json.value();
        json.skipSpace();
        if (json.at != text.length()) {
            throw json.error("the end of the text");
        }
        return value;
    }

    /** Parses a JSON object. */
    public static Map<String, Object> object(String text, String source) {
        return object(text, source, MAX_DEPTH);
    }

    /** Parses a JSON object nested at most {@code maxDepth} deep. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text, String source, int maxDepth) {
        Object value = parse(text, source, maxDepth);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(source + " is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        if ((c == '{' || c == '[') && ++depth > maxDepth) {
            throw new IllegalArgumentException(source + " nests deeper than " + maxDepth + " levels at character " + at);
        }
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            depth--;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("a quoted key");
            }
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            char c = next();
            if (c == '}') {
                depth--;
                return Collections.unmodifiableMap(map);
            }
            if (c != ',') {
                throw error("',' or '}'");
            }
        }
    }

    private List<Object> array() {
        at++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            depth--;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            list.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                depth--;
                return Collections.unmodifiableList(list);
            }
            if (c != ',') {
                throw error("',' or ']'");
            }
        }
    }

    private String string() {
        at++;
        StringBuilder sb = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException bad) {
                        throw error("four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("an escape such as \\n or \\u0041");
            }
        }
        throw error("a closing '\"'");
    }

    private Object number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String n = text.substring(start, at);
        if (n.isEmpty()) {
            throw error("a value");
        }
        try {
            if (n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0) {
                return Long.parseLong(n);
            }
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            at = start;
            throw error("a number");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("a value");
        }
        at += word.length();
        return value;
    }

    private void expect(char c) {
        if (next() != c) {
            at--;
            throw error("'" + c + "'");
        }
    }

    private char next() {
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at++);
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException(source + " is not valid JSON: expected " + expected + " at character " + at);
    }
}
