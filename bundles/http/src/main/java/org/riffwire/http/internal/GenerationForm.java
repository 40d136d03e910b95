// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.riffwire.core.api.JsonText;
import org.riffwire.api.Attachment;
import org.riffwire.api.Prompt;
import org.riffwire.core.api.PromptParts;

/**
 * What {@code POST /api/generations} asks for, checked field by field: a JSON object, or the same fields as
 * multipart form parts with the picture ({@code image}) and init clip ({@code init}) as files.
 */
record GenerationForm(String prompt, String pipeline, Long seed, List<String> formats, Map<String, String> settings,
        boolean verify, Attachment image, Attachment init, Double strength) {
    static final Set<String> FIELDS = Set.of("prompt", "pipeline", "seed", "formats", "set", "verify", "strength", "loop");
    static final int MAX_PROMPT_CHARS = 2000;
    static final int MAX_SETTINGS = 32;

    GenerationForm {
        formats = List.copyOf(formats);
        settings = Map.copyOf(settings);
    }

    /** Reads the fields of a parsed JSON object; attachments come from multipart parts, if any. */
    static GenerationForm of(Map<String, Object> fields, Attachment image, Attachment init) throws ApiError {
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("unknown field '" + name + "'; the fields are " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS)));
            }
        }
        String prompt = JsonFields.text(fields, "prompt");
        if (prompt != null && prompt.length() > MAX_PROMPT_CHARS) {
            throw ApiError.badRequest("prompt is " + prompt.length() + " characters; at most " + MAX_PROMPT_CHARS);
        }
        if ((prompt == null || prompt.isBlank()) && image == null) {
            throw ApiError.badRequest("prompt is missing: send {\"prompt\": \"a calm piano waltz in A minor\"}, "
                    + "or an image to follow");
        }
        String pipeline = JsonFields.text(fields, "pipeline");
        Long seed = null;
        Object s = fields.get("seed");
        if (s != null) {
            if (!(s instanceof Long l)) {
                throw ApiError.badRequest("seed must be a whole number, got " + JsonText.write(s));
            }
            seed = l;
        }
        Map<String, String> settings = settings(fields.get("set"));
        Object loop = fields.get("loop");
        if (loop != null) {
            if (!(loop instanceof Boolean b)) {
                throw ApiError.badRequest("loop must be true or false, got " + JsonText.write(loop));
            }
            if (b) {
                settings.put("loop", "yes");
            }
        }
        Object verify = fields.getOrDefault("verify", Boolean.FALSE);
        if (!(verify instanceof Boolean)) {
            throw ApiError.badRequest("verify must be true or false, got " + JsonText.write(verify));
        }
        Double strength = null;
        Object st = fields.get("strength");
        if (st != null) {
            if (!(st instanceof Number n) || !(n.doubleValue() > 0 && n.doubleValue() <= 1)) {
                throw ApiError.badRequest("strength is a number in (0, 1], got " + JsonText.write(st));
            }
            if (init == null) {
                throw ApiError.badRequest("strength goes with an init file, the clip it says how far to move from");
            }
            strength = n.doubleValue();
        }
        return new GenerationForm(prompt == null ? "" : prompt, pipeline, seed, formats(fields.get("formats")),
                settings, (Boolean) verify, image, init, strength);
    }

    Prompt toPrompt() {
        return new PromptParts(prompt, image, init, strength, settings).toPrompt();
    }

    private static List<String> formats(Object value) throws ApiError {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw ApiError.badRequest("formats must be an array such as [\"mid\", \"wav\"], got " + JsonText.write(value));
        }
        Set<String> formats = new LinkedHashSet<>();
        for (Object f : list) {
            if (!(f instanceof String s) || !s.toLowerCase(Locale.ROOT).matches("[a-z0-9]{1,12}")) {
                throw ApiError.badRequest("formats are file extensions such as \"mid\" or \"wav\", got " + JsonText.write(f));
            }
            formats.add(s.toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(formats);
    }

    private static Map<String, String> settings(Object value) throws ApiError {
        if (value instanceof Map<?, ?> map && map.size() > MAX_SETTINGS) {
            throw ApiError.badRequest("set has " + map.size() + " settings; at most " + MAX_SETTINGS);
        }
        return JsonFields.settings(value, "set");
    }
}
