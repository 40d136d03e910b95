// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HostCheckTest {
    private final HostCheck loopback = new HostCheck(List.of());

    @Test
    void loopbackNamesWithOrWithoutAPortAreThisServer() {
        assertTrue(loopback.accepts("127.0.0.1:8421"));
        assertTrue(loopback.accepts("localhost"));
        assertTrue(loopback.accepts("LOCALHOST:1"));
        assertTrue(loopback.accepts("[::1]:8421"));
    }

    @Test
    void aRebindingSiteOrAMissingHeaderIsNot() {
        assertFalse(loopback.accepts("evil.example:8421"));
        assertFalse(loopback.accepts("127.0.0.1.evil.example"));
        assertFalse(loopback.accepts("localhost.evil.example:8421"));
        assertFalse(loopback.accepts(""));
        assertFalse(loopback.accepts(null));
    }

    @Test
    void configuredNamesAreAccepted() {
        HostCheck lan = new HostCheck(List.of("studio.lan", " 10.0.0.5 ", "fe80::1"));
        assertTrue(lan.accepts("studio.lan:8421"));
        assertTrue(lan.accepts("10.0.0.5"));
        assertTrue(lan.accepts("[fe80::1]:8421"));
        assertFalse(lan.accepts("other.lan"));
    }
}
