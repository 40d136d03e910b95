// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;

/** Errors the container raises in the studio's context (a servlet that threw, an unmatched method) as JSON too. */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardContextSelect(StudioContext.SELECT)
@HttpWhiteboardServletName("riffwire-errors")
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx", "java.lang.Throwable"})
public final class ErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String text = message == null || message.toString().isBlank() ? "the request failed (" + status + ")"
                : message.toString();
        if (status >= 500) {
            text = "internal error: " + text;
        }
        response.resetBuffer();
        Responses.json(response, status, java.util.Map.of("error", text));
    }
}
