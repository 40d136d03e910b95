// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.riffwire.core.api.CatalogJson;
import org.riffwire.core.api.JsonText;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;
import org.riffwire.onnx.api.ModelCatalogJson;
import org.riffwire.onnx.api.ModelInventory;

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
            Responses.json(response, 200, servletPath.equals("/api/plugins") ? CatalogJson.plugins(plugins.plugins())
                    : ModelCatalogJson.of(models));
            return;
        }
        if (info == null || info.equals("/")) {
            requireGet(method);
            Responses.json(response, 200, CatalogJson.pipelines(pipelines.list()));
            return;
        }
        String name = info.substring(1);
        if (name.contains("/")) {
            throw ApiError.notFound("no such resource: " + request.getRequestURI());
        }
        switch (method) {
            case "GET" -> Responses.json(response, 200, CatalogJson.definition(name, pipelines.definition(name).orElseThrow(
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
        Responses.json(response, existed ? 200 : 201, CatalogJson.definition(name, definition));
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
}
