// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineInfo;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;
import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelInventory;
import org.riffwire.onnx.api.OnnxModel;

/**
 * What the runtime has, for admins and programs: {@code /api/pipelines} (listed, read, and composed with PUT and
 * DELETE through the same registry the shell uses), {@code /api/plugins} and {@code /api/models}.
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardContextSelect(StudioContext.SELECT)
@HttpWhiteboardServletName("riffwire-catalog")
@HttpWhiteboardServletPattern({"/api/pipelines", "/api/pipelines/*", "/api/plugins", "/api/models"})
public final class CatalogServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PipelineRegistry pipelines;
    private final transient PluginInventory plugins;
    private final transient ModelInventory models;

    @Activate
    public CatalogServlet(@Reference PipelineRegistry pipelines, @Reference PluginInventory plugins,
            @Reference ModelInventory models) {
        this.pipelines = pipelines;
        this.plugins = plugins;
        this.models = models;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            route(request, response);
        } catch (ApiError e) {
            Responses.error(response, e);
        } catch (BadRequestException | IllegalArgumentException e) {
            Responses.error(response, ApiError.badRequest(e.getMessage()));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response)
            throws ApiError, IOException, BadRequestException {
        String servletPath = request.getServletPath();
        String info = request.getPathInfo();
        String method = request.getMethod();
        if (servletPath.equals("/api/plugins") || servletPath.equals("/api/models")) {
            if (info != null && !info.equals("/")) {
                throw ApiError.notFound("no such resource: " + request.getRequestURI());
            }
            requireGet(method);
            Responses.json(response, 200, servletPath.equals("/api/plugins") ? pluginList() : modelList());
            return;
        }
        if (info == null || info.equals("/")) {
            requireGet(method);
            Responses.json(response, 200, Map.of("pipelines", pipelines.list().stream().map(CatalogServlet::pipeline).toList()));
            return;
        }
        String name = info.substring(1);
        if (name.contains("/")) {
            throw ApiError.notFound("no such resource: " + request.getRequestURI());
        }
        switch (method) {
            case "GET" -> Responses.json(response, 200, definitionView(name, pipelines.definition(name).orElseThrow(
                    () -> unknownPipeline(name))));
            case "PUT" -> put(name, request, response);
            case "DELETE" -> {
                if (!pipelines.delete(name)) {
                    throw unknownPipeline(name);
                }
                response.setStatus(204);
            }
            default -> throw new ApiError(405, method + " is not allowed here; use GET, PUT or DELETE");
        }
    }

    private void put(String name, HttpServletRequest request, HttpServletResponse response)
            throws ApiError, IOException, BadRequestException {
        Map<String, Object> body = GenerationsServlet.parseObject(GenerationsServlet.body(request), "the pipeline");
        for (String field : body.keySet()) {
            if (!List.of("interpreters", "generator", "renderers", "settings", "name").contains(field)) {
                throw ApiError.badRequest("unknown field '" + field + "'; a pipeline has interpreters, generator, "
                        + "renderers and settings");
            }
        }
        if (body.containsKey("name") && !name.equals(body.get("name"))) {
            throw ApiError.badRequest("the body names pipeline '" + body.get("name") + "' but the URL names '" + name + "'");
        }
        boolean existed = pipelines.definition(name).isPresent();
        PipelineDefinition definition = new PipelineDefinition(name,
                strings(body, "interpreters", Studio.DEFAULT_INTERPRETERS),
                Optional.ofNullable(JsonFields.text(body, "generator")).orElse(Studio.DEFAULT_GENERATOR),
                strings(body, "renderers", List.of()), JsonFields.settings(body.get("settings"), "settings"));
        pipelines.save(definition);
        response.setHeader("Location", "/api/pipelines/" + name);
        Responses.json(response, existed ? 200 : 201, definitionView(name, definition));
    }

    private static List<String> strings(Map<String, Object> body, String field, List<String> otherwise) throws ApiError {
        Object v = body.get(field);
        if (v == null) {
            return otherwise;
        }
        if (!(v instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw ApiError.badRequest(field + " must be an array of names, got " + JsonText.write(v));
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static void requireGet(String method) throws ApiError {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new ApiError(405, method + " is not allowed here; use GET");
        }
    }

    private static ApiError unknownPipeline(String name) {
        return ApiError.notFound("no pipeline '" + name + "'");
    }

    private static Map<String, Object> pipeline(PipelineInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("interpreters", p.interpreters());
        m.put("generator", p.generator());
        m.put("generatorOptions", new java.util.TreeSet<>(p.generatorOptions()));
        m.put("ready", p.ready());
        m.put("state", p.ready() ? "ready" : p.problem());
        m.put("url", "/api/pipelines/" + p.name());
        return m;
    }

    private static Map<String, Object> definitionView(String name, PipelineDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("interpreters", d.interpreters());
        m.put("generator", d.generator());
        m.put("renderers", d.renderers());
        m.put("settings", new TreeMap<>(d.settings()));
        return m;
    }

    private Map<String, Object> pluginList() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PluginInfo p : plugins.plugins()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", p.kind());
            m.put("name", p.name());
            m.put("detail", p.detail());
            m.put("bundle", p.bundle());
            m.put("version", p.version());
            m.put("state", p.state());
            list.add(m);
        }
        return Map.of("plugins", list);
    }

    private Map<String, Object> modelList() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (OnnxModel model : models.installed()) {
            ModelDescriptor d = model.descriptor();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("version", d.version());
            m.put("kind", d.kind());
            m.put("source", d.source());
            m.put("licence", d.licence());
            m.put("state", model.status());
            list.add(m);
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        models.problems().forEach((file, why) -> problems.add(Map.of("file", file, "problem", why)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("models", list);
        body.put("unreadable", problems);
        return body;
    }
}
