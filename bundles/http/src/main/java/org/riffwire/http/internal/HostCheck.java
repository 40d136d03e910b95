// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a request's Host header names this server. A page on another site whose DNS name is pointed at
 * 127.0.0.1 (DNS rebinding) reaches the loopback socket, but its requests still carry that site's name.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowed;

    HostCheck(Iterable<String> extraNames) {
        Set<String> names = new TreeSet<>(LOOPBACK);
        for (String name : extraNames) {
            if (name != null && !name.isBlank()) {
                names.add(bare(name.trim()));
            }
        }
        this.allowed = Set.copyOf(names);
    }

    /** @param host the Host header, with or without a port; null when the request sent none */
    boolean accepts(String host) {
        return host != null && allowed.contains(bare(host));
    }

    Set<String> names() {
        return allowed;
    }

    /** The name without its port, lower case; an IPv6 literal keeps its brackets. */
    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        if (h.indexOf(':') != h.lastIndexOf(':')) {
            return "[" + h + "]";
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
