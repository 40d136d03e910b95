// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.riffwire.api.Attachment;
import org.riffwire.core.api.AttachmentFiles;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.SettingsText;
import org.riffwire.onnx.api.Json;

/**
 * {@code /api/generations}: ask for one (JSON or multipart with an image or init file), read its state, follow
 * its events, download its files, cancel it.
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardContextSelect(StudioContext.SELECT)
@HttpWhiteboardServletName("riffwire-generations")
@HttpWhiteboardServletPattern({"/api/generations", "/api/generations/*"})
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletMultipart(maxFileSize = Attachment.MAX_BYTES, maxRequestSize = GenerationsServlet.MAX_MULTIPART_BYTES,
        fileSizeThreshold = 1 << 20)
public final class GenerationsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_JSON_BYTES = 64 * 1024;
    static final long MAX_MULTIPART_BYTES = 2L * Attachment.MAX_BYTES + MAX_JSON_BYTES;
    /** How deep a request may nest: its fields are one level, a "set" object two. */
    private static final int MAX_JSON_DEPTH = 16;

    private final transient Generations generations;
    private final transient EventStreams streams;

    @Activate
    public GenerationsServlet(@Reference Generations generations, @Reference EventStreams streams) {
        this.generations = generations;
        this.streams = streams;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            route(request, response);
        } catch (ApiError e) {
            Responses.error(response, e);
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws ApiError, IOException {
        String path = request.getPathInfo();
        List<String> parts = path == null || path.equals("/") ? List.of()
                : Arrays.asList(path.substring(1).split("/", -1));
        String method = request.getMethod();
        if (parts.isEmpty()) {
            switch (method) {
                case "POST" -> create(request, response);
                case "GET" -> {
                    Map<String, Object> load = new LinkedHashMap<>(generations.load());
                    load.put("eventStreams", streams.openCount());
                    Responses.json(response, 200, load);
                }
                default -> throw notAllowed(method, "GET, POST");
            }
            return;
        }
        String id = parts.get(0);
        if (parts.size() == 1) {
            switch (method) {
                case "GET" -> Responses.json(response, 200, generations.view(id).orElseThrow(() -> unknown(id)));
                case "DELETE" -> delete(id, response);
                default -> throw notAllowed(method, "GET, DELETE");
            }
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw notAllowed(method, "GET");
        }
        String what = parts.get(1);
        if (parts.size() == 2 && what.equals("events")) {
            streams.open(request, response, id);
        } else if (parts.size() == 2 && what.equals("piano-roll")) {
            Path file = generations.pianoRoll(id).orElseThrow(() -> ApiError.notFound(
                    "generation " + id + " has no piano roll (unknown, not done, or audio only)"));
            FileDownload.send(request, response, file, "application/json;charset=utf-8", false);
        } else if (parts.size() == 3 && what.equals("files")) {
            String name = parts.get(2);
            Path file = generations.file(id, name).orElseThrow(() -> ApiError.notFound(
                    "generation " + id + " has no file '" + name + "'"));
            FileDownload.send(request, response, file, MediaTypes.of(name), true);
        } else {
            throw ApiError.notFound("no such resource: " + request.getRequestURI());
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws ApiError, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        GenerationForm form;
        if (type.startsWith("multipart/form-data")) {
            form = multipart(request);
        } else if (type.isEmpty() || type.startsWith("application/json")) {
            form = GenerationForm.of(parseObject(body(request), "the request body"), null, null);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            // What curl -d sends when no type is named: JSON all the same, or form fields.
            String body = body(request);
            form = body.trim().startsWith("{") ? GenerationForm.of(parseObject(body, "the request body"), null, null)
                    : GenerationForm.of(formFields(body), null, null);
        } else {
            throw new ApiError(415, "send the request as application/json or multipart/form-data, not " + type);
        }
        Generation g = generations.submit(form);
        String url = "/api/generations/" + g.id();
        response.setHeader("Location", url);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", g.id());
        body.put("status", "queued");
        body.put("url", url);
        body.put("events", url + "/events");
        Responses.json(response, 202, body);
    }

    /** A request body of at most {@value #MAX_JSON_BYTES} bytes as text; 413 beyond. */
    static String body(HttpServletRequest request) throws ApiError, IOException {
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            throw tooLarge(request.getContentLengthLong());
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_JSON_BYTES + 1);
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw tooLarge(-1);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> formFields(String body) throws ApiError {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.put(name, formValue(name, value));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("bad form encoding: " + e.getMessage());
            }
        }
        fields.values().removeIf(v -> v instanceof String s && s.isBlank());
        return fields;
    }

    static Map<String, Object> parseObject(String text, String what) throws ApiError {
        if (text.isBlank()) {
            throw ApiError.badRequest(what + " is empty: send a JSON object such as {\"prompt\": \"a calm piano waltz\"}");
        }
        try {
            return Json.object(text, what, MAX_JSON_DEPTH);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bad JSON: " + e.getMessage());
        }
    }

    private static GenerationForm multipart(HttpServletRequest request) throws ApiError, IOException {
        if (request.getContentLengthLong() > MAX_MULTIPART_BYTES) {
            throw tooLarge(request.getContentLengthLong());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        Attachment image = null;
        Attachment init = null;
        try {
            for (Part part : request.getParts()) {
                String name = part.getName();
                if (name.equals("image") || name.equals("init")) {
                    if (part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty())) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = part.getInputStream()) {
                        bytes = in.readNBytes(Attachment.MAX_BYTES + 1);
                    }
                    String file = part.getSubmittedFileName() == null ? name : Path.of(part.getSubmittedFileName())
                            .getFileName().toString();
                    String label = name + " '" + file + "'";
                    if (name.equals("image")) {
                        image = AttachmentFiles.image(label, file, bytes);
                    } else {
                        init = AttachmentFiles.init(label, file, bytes);
                    }
                    continue;
                }
                String value;
                try (InputStream in = part.getInputStream()) {
                    byte[] b = in.readNBytes(MAX_JSON_BYTES + 1);
                    if (b.length > MAX_JSON_BYTES) {
                        throw tooLarge(-1);
                    }
                    value = new String(b, StandardCharsets.UTF_8);
                }
                if (name.equals("request")) {
                    fields.putAll(parseObject(value, "the request part"));
                } else {
                    fields.put(name, formValue(name, value));
                }
            }
        } catch (BadRequestException e) {
            throw ApiError.badRequest(e.getMessage());
        } catch (IllegalStateException e) {
            // What the container says when a part or the whole request is over the multipart limits.
            throw tooLarge(-1);
        } catch (ServletException e) {
            throw ApiError.badRequest("bad multipart request: " + e.getMessage());
        }
        // An empty optional field in a form means "not given".
        fields.values().removeIf(v -> v instanceof String s && s.isBlank());
        if (!fields.containsKey("prompt")) {
            fields.put("prompt", "");
        }
        return GenerationForm.of(fields, image, init);
    }

    /** A form field as the JSON value it stands for. */
    private static Object formValue(String name, String value) throws ApiError {
        String v = value.trim();
        switch (name) {
            case "seed":
                if (v.isEmpty()) {
                    return v;
                }
                try {
                    return Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw ApiError.badRequest("seed must be a whole number, got '" + v + "'");
                }
            case "strength":
                if (v.isEmpty()) {
                    return v;
                }
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw ApiError.badRequest("strength is a number in (0, 1], got '" + v + "'");
                }
            case "verify", "loop":
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("yes");
            case "formats":
                return v.isEmpty() ? List.of() : Arrays.stream(v.split("[,\\s]+")).filter(s -> !s.isEmpty())
                        .map(s -> (Object) s).toList();
            case "set":
                try {
                    return new LinkedHashMap<String, Object>(SettingsText.parse(v));
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("set takes key=value pairs, comma separated: " + e.getMessage());
                }
            default:
                return value;
        }
    }

    private void delete(String id, HttpServletResponse response) throws ApiError, IOException {
        Optional<Generation> live = generations.live(id).filter(g -> !g.isFinished());
        if (!generations.cancelOrDelete(id)) {
            throw unknown(id);
        }
        if (live.isPresent()) {
            Responses.json(response, 202, live.get().view());
        } else {
            response.setStatus(204);
        }
    }

    private static ApiError unknown(String id) {
        return ApiError.notFound("no generation '" + id + "' (unknown, or its results were cleaned up)");
    }

    private static ApiError notAllowed(String method, String allowed) {
        return new ApiError(405, method + " is not allowed here; use " + allowed, null, Map.of("allow", allowed));
    }

    private static ApiError tooLarge(long bytes) {
        return new ApiError(413, (bytes > 0 ? "the request is " + bytes + " bytes; " : "the request is too large; ")
                + "JSON bodies may be " + MAX_JSON_BYTES / 1024 + " KiB, uploads " + Attachment.MAX_BYTES / 1048576
                + " MiB each");
    }
}
