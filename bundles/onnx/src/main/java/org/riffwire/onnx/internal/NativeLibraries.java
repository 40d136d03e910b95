// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * ONNX Runtime's native libraries, unpacked once into the home folder's cache and named to ONNX
 * Runtime by its {@code onnxruntime.native.path} property. Left to itself it unpacks 22 MB into a new temporary
 * folder on every start, and a run that is killed leaves that folder behind.
 */
final class NativeLibraries {
    static final String PROPERTY = "onnxruntime.native.path";
    private static final String RESOURCES = "/ai/onnxruntime/native/linux-x64/";
    private static final String[] FILES = {"libonnxruntime.so", "libonnxruntime4j_jni.so"};

    private NativeLibraries() {
    }

    /**
     * Unpacks the libraries under {@code cache/onnxruntime/SIZES} (a folder per build, named by the libraries'
     * sizes) if they are not there whole, and points ONNX Runtime at them. Anything that goes wrong leaves ONNX
     * Runtime to its own unpacking.
     */
    static void prepare(Path cache) {
        if (System.getProperty(PROPERTY) != null || !System.getProperty("os.name", "").startsWith("Linux")
                || !System.getProperty("os.arch", "").matches("amd64|x86_64")) {
            return;
        }
        try {
            URL[] resources = new URL[FILES.length];
            long[] sizes = new long[FILES.length];
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < FILES.length; i++) {
                resources[i] = NativeLibraries.class.getResource(RESOURCES + FILES[i]);
                if (resources[i] == null) {
                    return;
                }
                sizes[i] = resources[i].openConnection().getContentLengthLong();
                key.append(i == 0 ? "" : "-").append(sizes[i]);
            }
            Path folder = Files.createDirectories(cache.resolve("onnxruntime").resolve(key.toString()));
            for (int i = 0; i < FILES.length; i++) {
                String name = FILES[i];
                URL resource = resources[i];
                long size = sizes[i];
                Path target = folder.resolve(name);
                if (Files.isRegularFile(target) && size > 0 && Files.size(target) == size) {
                    continue;
                }
                Path temp = Files.createTempFile(folder, "." + name, ".part");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            System.setProperty(PROPERTY, folder.toString());
        } catch (IOException | SecurityException e) {
            // ONNX Runtime unpacks them itself, as before.
        }
    }
}
