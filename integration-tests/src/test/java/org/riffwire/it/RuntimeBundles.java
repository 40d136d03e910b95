// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bundle set the tests boot: exactly the runtime's, read from the executable jar the runtime module exports
 * (its {@code jar/} folder), so no list of bundles is kept by hand here. Left out: the framework and launcher
 * (Pax Exam brings its own Felix), the command line (it would take over the main thread) and the interactive
 * shell with its terminal library (the tests drive Gogo's command processor directly).
 */
final class RuntimeBundles {
    private static final List<String> LEFT_OUT = List.of("biz.aQute.launcher", "org.apache.felix.framework",
            "org.riffwire.cli", "org.apache.felix.gogo.jline", "jline");

    private RuntimeBundles() {
    }

    /** The folder holding the runtime's bundles, extracted once per test run. */
    static synchronized Path folder() {
        Path folder = Path.of(System.getProperty("riffwire.bundles.dir"));
        Path runtime = Path.of(System.getProperty("riffwire.runtime.jar"));
        try {
            Path stamp = folder.resolve(".extracted");
            if (Files.exists(stamp) && Files.getLastModifiedTime(stamp).compareTo(Files.getLastModifiedTime(runtime)) >= 0) {
                return folder;
            }
            Files.createDirectories(folder);
            try (ZipFile zip = new ZipFile(runtime.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    String name = e.getName();
                    if (!name.startsWith("jar/") || !name.endsWith(".jar") || leftOut(name.substring(4))) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, folder.resolve(name.substring(4)), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(stamp, runtime.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime's bundles from " + runtime
                    + " (build the runtime module first): " + e.getMessage(), e);
        }
    }

    /** The runtime's bundle jars, sorted by file name. */
    static List<Path> jars() {
        try (var files = Files.list(folder())) {
            List<Path> out = new ArrayList<>(files.filter(p -> p.toString().endsWith(".jar")).sorted().toList());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean leftOut(String fileName) {
        return LEFT_OUT.stream().anyMatch(b -> fileName.startsWith(b + "-"));
    }
}
