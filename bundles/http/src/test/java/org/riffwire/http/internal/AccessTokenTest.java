// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenTest {
    @TempDir
    Path home;

    @Test
    void isMadeOnceReadableByItsOwnerOnlyAndKeptAcrossRestarts() throws Exception {
        Path folder = home.resolve("http");
        AccessToken first = AccessToken.load(folder);
        Path file = folder.resolve(AccessToken.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertTrue(first.value().length() >= 43, first.value());
        assertEquals(first.value(), AccessToken.load(folder).value());
    }

    @Test
    void matchesOnlyItself() throws Exception {
        AccessToken token = AccessToken.load(home);
        assertTrue(token.matches(token.value()));
        assertFalse(token.matches(token.value().substring(1)));
        assertFalse(token.matches(""));
        assertFalse(token.matches(null));
    }

    @Test
    void aDamagedTokenFileIsReplaced() throws Exception {
        Files.writeString(home.resolve(AccessToken.FILE), "short\n");
        AccessToken token = AccessToken.load(home);
        assertNotEquals("short", token.value());
        assertEquals(token.value(), Files.readString(home.resolve(AccessToken.FILE)).trim());
    }
}
