// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.net.URL;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The studio's servlet context at "/": every request must name this server (DNS rebinding), every {@code /api}
 * request must carry the token (401 otherwise), and every answer gets headers that keep it from being framed,
 * sniffed or leaking its address.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = StudioContext.NAME, path = "/")
public final class StudioContext extends ServletContextHelper {
    static final String NAME = "riffwire";
    static final String SELECT = "(osgi.http.whiteboard.context.name=" + NAME + ")";

    private final StudioAccess access;
    private final Bundle bundle;

    @Activate
    public StudioContext(BundleContext context, @Reference StudioAccess access) {
        super(context.getBundle());
        this.access = access;
        this.bundle = context.getBundle();
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!access.hostAllowed(request)) {
            Responses.error(response, new ApiError(403, "the Host header '" + request.getHeader("Host")
                    + "' does not name this server; open it as 127.0.0.1 or localhost"));
            return false;
        }
        String path = request.getRequestURI();
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
            if (!access.authorized(request)) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"riffwire\"");
                Responses.error(response, new ApiError(401, "this API needs the access token: send 'Authorization: "
                        + "Bearer TOKEN' with the token riffwire serve printed (also in $RIFFWIRE_HOME/http/token)"));
                return false;
            }
        }
        return true;
    }

    @Override
    public URL getResource(String name) {
        return bundle.getEntry(name);
    }
}
