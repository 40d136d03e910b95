// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.riffwire.api.RiffwireHome;

/**
 * Who may use the studio: requests that name this server in their Host header and, for the API, show the access
 * token, as {@code Authorization: Bearer TOKEN} or as the same-site cookie the page was given.
 */
@Component(service = StudioAccess.class, configurationPid = HttpSettings.PID)
@Designate(ocd = HttpSettings.class)
public final class StudioAccess {
    static final String COOKIE = "riffwire_token";

    private final AccessToken token;
    private final HostCheck hosts;

    @Activate
    public StudioAccess(BundleContext context, HttpSettings settings) throws IOException {
        this(AccessToken.load(folder(context)), new HostCheck(hostNames(context, settings)));
    }

    StudioAccess(AccessToken token, HostCheck hosts) {
        this.token = token;
        this.hosts = hosts;
    }

    /** {@code http/} in the home folder: the token and the kept results. */
    static Path folder(BundleContext context) {
        return RiffwireHome.folder(context.getProperty(RiffwireHome.PROPERTY)).resolve("http");
    }

    private static List<String> hostNames(BundleContext context, HttpSettings settings) {
        List<String> names = new java.util.ArrayList<>(List.of(settings.allowedHosts()));
        // A server bound to one named interface answers to that name too; one bound to every interface answers to
        // this machine's own addresses and name. A rebinding attack needs a name of its own, never one of these.
        String bound = context.getProperty("org.apache.felix.http.host");
        if (bound == null) {
            return names;
        }
        if (!bound.equals("0.0.0.0") && !bound.equals("::")) {
            names.add(bound);
            return names;
        }
        try {
            for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                    String literal = a.getHostAddress().replaceAll("%.*$", "");
                    names.add(a instanceof Inet6Address ? "[" + literal + "]" : literal);
                }
            }
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            // Without the list, only loopback names and the configured ones are accepted.
        }
        return names;
    }

    boolean hostAllowed(HttpServletRequest request) {
        return hosts.accepts(request.getHeader("Host"));
    }

    String token() {
        return token.value();
    }

    boolean tokenMatches(String candidate) {
        return token.matches(candidate);
    }

    /** Whether the request carries the token, in its Authorization header or its cookie. */
    boolean authorized(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return token.matches(header.substring(7).trim());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(COOKIE) && token.matches(c.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Set-Cookie header that lets the page call the API: same site only, out of reach of scripts. */
    String cookieHeader() {
        return COOKIE + "=" + token.value() + "; Path=/; HttpOnly; SameSite=Strict";
    }
}
