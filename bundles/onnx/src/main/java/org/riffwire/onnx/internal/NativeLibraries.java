// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static Path prepare() {
        if (System.getProperty(PROPERTY) != null || !System.getProperty("os.name", "").startsWith("Linux")
                || !System.getProperty("os.arch", "").matches("amd64|x86_64")) {
            return null;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("riffwire-onnxruntime-");
            for (String name : FILES) {
                URL resource = NativeLibraries.class.getResource(RESOURCES + name);
                if (resource == null) {
                    delete(folder);
                    return null;
                }
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, folder.resolve(name));
                }
            }
            System.setProperty(PROPERTY, folder.toString());
            return folder;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            delete(folder);
            return null;
        }
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
