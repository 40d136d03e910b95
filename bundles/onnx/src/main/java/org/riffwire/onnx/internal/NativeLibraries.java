// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where ONNX Runtime's native libraries are unpacked to be loaded. Left to itself, ONNX Runtime unpacks 22 MB
 * into a new temporary folder on every start and deletes it only at a clean exit, so every killed run leaves one
 * behind. Here each load unpacks into a temporary folder of its own, hands that folder to ONNX Runtime
 * ({@code onnxruntime.native.path}) and deletes it as soon as the libraries are loaded (a loaded library needs no
 * file). The launcher gives each run a temporary folder under the home that the next start deletes, which holds
 * what a run killed in those milliseconds leaves. A folder per load, not one shared, because a second class loader
 * (a live update of this bundle) may not load a library from a path another class loader loaded it from.
 * <p>
 * Unpacking 22 MB costs some 150 ms of a core on every start, so the libraries are unpacked once into a cache
 * under the home, named by their size and date in the bundle, and each load's folder holds hard links to them:
 * a path of its own at no cost. Where links cannot be made (another file system), the files are copied.
 */
final class NativeLibraries {
    static final String PROPERTY = "onnxruntime.native.path";
    private static final String RESOURCES = "/ai/onnxruntime/native/linux-x64/";
    private static final String[] FILES = {"libonnxruntime.so", "libonnxruntime4j_jni.so"};

    private NativeLibraries() {
    }

    /**
     * Unpacks the libraries for one load and points ONNX Runtime at them; returns the folder to {@link #release}
     * once ONNX Runtime has started, or null when ONNX Runtime is left to unpack them itself (another platform,
     * a path set by the user, or a temporary folder that cannot be written).
     */
    static Path prepare(Path cacheRoot) {
        if (System.getProperty(PROPERTY) != null || !System.getProperty("os.name", "").startsWith("Linux")
                || !System.getProperty("os.arch", "").matches("amd64|x86_64")) {
            return null;
        }
        Path folder = null;
        try {
            Path cached = cached(cacheRoot);
            if (cached == null) {
                return null;
            }
            folder = Files.createTempDirectory("riffwire-onnxruntime-");
            for (String name : FILES) {
                try {
                    Files.createLink(folder.resolve(name), cached.resolve(name));
                } catch (IOException | UnsupportedOperationException noLink) {
                    Files.copy(cached.resolve(name), folder.resolve(name));
                }
            }
            System.setProperty(PROPERTY, folder.toString());
            return folder;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            delete(folder);
            return null;
        }
    }

    /**
     * The cache folder holding this bundle's libraries, unpacked now if they are not there yet: into a folder of
     * its own first, then moved into place whole, so a concurrent start or a killed one never leaves a half
     * library under the final name. Null if the bundle has no libraries.
     */
    private static Path cached(Path cacheRoot) throws IOException {
        StringBuilder key = new StringBuilder();
        for (String name : FILES) {
            URL resource = NativeLibraries.class.getResource(RESOURCES + name);
            if (resource == null) {
                return null;
            }
            var connection = resource.openConnection();
            key.append(key.length() == 0 ? "" : "-").append(connection.getContentLengthLong()).append('-')
                    .append(connection.getLastModified());
        }
        Path cached = cacheRoot.resolve(key.toString());
        if (Files.isDirectory(cached)) {
            return cached;
        }
        Files.createDirectories(cacheRoot);
        Path part = Files.createTempDirectory(cacheRoot, ".part-");
        try {
            for (String name : FILES) {
                try (InputStream in = NativeLibraries.class.getResourceAsStream(RESOURCES + name)) {
                    Files.copy(in, part.resolve(name));
                }
            }
            try {
                Files.move(part, cached, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherStartWasFirst) {
                if (!Files.isDirectory(cached)) {
                    throw anotherStartWasFirst;
                }
            }
        } finally {
            delete(part);
        }
        // Other versions go; so do unpackings a killed start left (an unpacking takes well under a minute).
        long stale = System.currentTimeMillis() - 10 * 60_000L;
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            for (Path other : entries.filter(p -> !p.equals(cached)).toList()) {
                if (!other.getFileName().toString().startsWith(".part-")
                        || Files.getLastModifiedTime(other).toMillis() < stale) {
                    delete(other);
                }
            }
        }
        return cached;
    }

    /** Once ONNX Runtime has loaded the libraries: their files and the property go. */
    static void release(Path folder) {
        if (folder != null) {
            if (folder.toString().equals(System.getProperty(PROPERTY))) {
                System.clearProperty(PROPERTY);
            }
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left in the run's temporary folder, which the next start deletes.
        }
    }
}
