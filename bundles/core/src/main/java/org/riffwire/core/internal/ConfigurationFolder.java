// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The folder where Felix ConfigAdmin keeps configurations ({@code felix.cm.dir}, {@code $RIFFWIRE_HOME/config}),
 * shared by every runtime started on one home. Each runtime's ConfigAdmin reads that folder once, at start, so
 * one runtime does not see a configuration another created since; a change that must not race with another
 * runtime's therefore holds this folder's lock and looks at the folder itself.
 */
final class ConfigurationFolder {
    private static final String LOCK_FILE = ".riffwire-pipelines.lock";
    private final Path folder;

    private ConfigurationFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder a framework property names, or none (a runtime without persistent configuration). */
    static Optional<ConfigurationFolder> of(String property) {
        return property == null || property.isBlank() ? Optional.empty()
                : Optional.of(new ConfigurationFolder(Path.of(property)));
    }

    /** Holds the lock that every runtime on this home takes to change pipelines, until closed. */
    AutoCloseable lock() throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            return () -> {
                lock.release();
                channel.close();
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether a configuration of that PID is stored, written by this runtime or another. Felix stores a PID at
     * its dotted parts as folders, with every character other than a letter, a digit, '-' and '_' written as
     * '%' and four hex digits ("org.riffwire.pipeline~jazz" is {@code org/riffwire/pipeline%007ejazz.config}).
     */
    boolean stores(String pid) {
        StringBuilder path = new StringBuilder();
        for (char c : pid.toCharArray()) {
            if (c == '.') {
                path.append('/');
            } else if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_') {
                path.append(c);
            } else {
                path.append('%').append(String.format("%04x", (int) c));
            }
        }
        return Files.isRegularFile(folder.resolve(path + ".config"));
    }
}
