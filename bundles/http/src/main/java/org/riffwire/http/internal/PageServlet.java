// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The page and its files (the bundle's {@code web/} folder, front-end libraries included), the OpenAPI document,
 * and a JSON 404 for every other path. Opening {@code /?token=TOKEN} trades the token for the same-site cookie
 * and drops it from the address bar.
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardContextSelect(StudioContext.SELECT)
@HttpWhiteboardServletName("riffwire-page")
@HttpWhiteboardServletPattern({"/", "/api/openapi.json"})
public final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Scripts and styles from this server only; no frames, no plug-ins, no form posts elsewhere. */
    static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; worker-src 'self' blob:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final transient StudioAccess access;
    private final transient Bundle bundle;

    @Activate
    public PageServlet(BundleContext context, @Reference StudioAccess access) {
        this.access = access;
        this.bundle = context.getBundle();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Responses.error(response, new ApiError(405, method + " is not allowed here; use GET"));
            return;
        }
        String path = request.getRequestURI();
        if (path.equals("/api/openapi.json")) {
            send(request, response, "/web/openapi.json");
            return;
        }
        if (path.startsWith("/api/") || path.equals("/api")) {
            Responses.error(response, ApiError.notFound("no such API resource: " + path + "; see /api/openapi.json"));
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            String token = request.getParameter("token");
            if (token != null) {
                // The address with the token is for opening the page once; the cookie carries it from then on.
                if (access.tokenMatches(token)) {
                    response.addHeader("Set-Cookie", access.cookieHeader());
                }
                response.setStatus(303);
                response.setHeader("Location", "/");
                return;
            }
            response.setHeader("Content-Security-Policy", CONTENT_POLICY);
            response.setHeader("Cache-Control", "no-cache");
            send(request, response, "/web/index.html");
            return;
        }
        if (!path.matches("/[A-Za-z0-9_./-]{1,200}") || path.contains("..") || path.contains("//")) {
            notFound(response, path);
            return;
        }
        send(request, response, "/web" + path);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, String entry) throws IOException {
        URL url = bundle.getEntry(entry);
        if (url == null || entry.endsWith("/")) {
            notFound(response, request.getRequestURI());
            return;
        }
        response.setContentType(MediaTypes.of(entry));
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-cache");
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            response.setContentLength(bytes.length);
            if (!request.getMethod().equals("HEAD")) {
                response.getOutputStream().write(bytes);
            }
        }
    }

    private static void notFound(HttpServletResponse response, String path) throws IOException {
        Responses.error(response, ApiError.notFound("no such page: " + path));
    }
}
