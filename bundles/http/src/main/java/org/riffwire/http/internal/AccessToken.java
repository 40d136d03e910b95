// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret every API call shows: made on first start, kept in {@code http/token} of the home folder, readable by
 * its owner only, so a restarted server keeps the address its user bookmarked.
 */
final class AccessToken {
    static final String FILE = "token";

    private final String token;

    private AccessToken(String token) {
        this.token = token;
    }

    static AccessToken load(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String stored = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (stored.matches("[A-Za-z0-9_-]{32,}")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                return new AccessToken(stored);
            }
        }
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Written whole under a temporary name, created 0600, then moved: no reader ever sees a partial token.
        Path temp = Files.createTempFile(folder, "token", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, token + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new AccessToken(token);
    }

    String value() {
        return token;
    }

    /** Compared in constant time, so the answer's timing says nothing of how much of a guess was right. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
