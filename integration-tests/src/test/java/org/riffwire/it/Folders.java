// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder chores of the tests: home folders emptied, test exports copied into models/. */
final class Folders {
    private Folders() {
    }

    /** A random-weight Stable Diffusion export from testdata/stable-diffusion (see testdata/README.md). */
    static Path export(String name) {
        return Path.of(System.getProperty("riffwire.testdata"), "stable-diffusion", name);
    }

    /** Copies a folder's files over {@code to}, in place: files already there are overwritten, not removed first. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
