// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plug-in jars dropped into a watched folder the way a finished build would be. */
final class PluginJars {
    private PluginJars() {
    }

    /**
     * Copies a bundle with its main manifest attributes changed (another version, another import range). The copy
     * is written beside the watched folder, on the same file system, and moved in at once, so the watcher never
     * sees half a jar.
     */
    static void copyWithManifest(Path from, Path to, Consumer<Attributes> change) throws IOException {
        Path temp = Files.createTempFile(to.getParent().getParent(), "plugin", ".jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(from))) {
            Manifest manifest = in.getManifest();
            change.accept(manifest.getMainAttributes());
            try (OutputStream file = Files.newOutputStream(temp); JarOutputStream out = new JarOutputStream(file, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A copy that says it is another version, as a rebuilt plug-in would. */
    static void copyAsVersion(Path from, Path to, String version) throws IOException {
        copyWithManifest(from, to, main -> main.put(new Attributes.Name("Bundle-Version"), version));
    }
}
