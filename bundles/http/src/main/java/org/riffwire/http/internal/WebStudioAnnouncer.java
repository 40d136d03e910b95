// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.dto.ServletContextDTO;
import org.osgi.service.servlet.runtime.dto.ServletDTO;
import org.riffwire.core.api.WebStudio;

/**
 * Registers the {@link WebStudio} service once the server has its port and the whiteboard serves the studio's
 * page and API, so whoever prints the address ({@code riffwire serve}) never prints one that does not answer yet.
 */
@Component(immediate = true)
public final class WebStudioAnnouncer {
    private static final String ENDPOINT = "osgi.http.endpoint";
    private static final Set<String> NEEDED = Set.of("riffwire-page", "riffwire-generations", "riffwire-catalog");
    private static final long WAIT_MILLIS = 60_000;

    private final Thread waiter;
    private volatile ServiceRegistration<WebStudio> registration;

    @Activate
    public WebStudioAnnouncer(BundleContext context, @Reference StudioAccess access,
            @Reference HttpServiceRuntime runtime) {
        this.waiter = new Thread(() -> announce(context, access, runtime), "riffwire-http-announce");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Deactivate
    void deactivate() {
        waiter.interrupt();
        ServiceRegistration<WebStudio> r = registration;
        if (r != null) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // The bundle is stopping and took it first.
            }
        }
    }

    private void announce(BundleContext context, StudioAccess access, HttpServiceRuntime runtime) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        try {
            while (System.currentTimeMillis() < deadline) {
                ServiceReference<HttpServiceRuntime> ref = context.getServiceReference(HttpServiceRuntime.class);
                Integer port = ref == null ? null : port(ref.getProperty(ENDPOINT));
                if (port != null && deployed(runtime)) {
                    URI address = URI.create("http://" + host(context) + ":" + port + "/?token=" + access.token());
                    registration = context.registerService(WebStudio.class, () -> address, null);
                    return;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException | IllegalStateException stopping) {
            // Deactivated before the server came up.
        }
    }

    private static boolean deployed(HttpServiceRuntime runtime) {
        for (ServletContextDTO c : runtime.getRuntimeDTO().servletContextDTOs) {
            if (c.name.equals(StudioContext.NAME)) {
                Set<String> names = Arrays.stream(c.servletDTOs).map((ServletDTO s) -> s.name).collect(Collectors.toSet());
                return names.containsAll(NEEDED);
            }
        }
        return false;
    }

    /** The port of the first endpoint URL, once the server is listening (it publishes port 0 before). */
    private static Integer port(Object endpoint) {
        List<String> urls = endpoint instanceof String[] a ? List.of(a) : endpoint instanceof String s ? List.of(s)
                : endpoint instanceof java.util.Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
        for (String url : urls) {
            try {
                int port = URI.create(url).getPort();
                if (port > 0) {
                    return port;
                }
            } catch (IllegalArgumentException e) {
                // Not a URL; look at the next.
            }
        }
        return null;
    }

    /** The name to print: the loopback address unless the server was bound to one named interface. */
    private static String host(BundleContext context) {
        String bound = context.getProperty("org.apache.felix.http.host");
        if (bound == null || bound.isBlank() || bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("localhost")) {
            return "127.0.0.1";
        }
        return bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound;
    }
}
