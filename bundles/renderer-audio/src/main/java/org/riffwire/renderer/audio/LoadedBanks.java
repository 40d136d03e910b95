// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SoundFonts loaded so far, by path, kept while their file is unchanged (same size and modification time):
 * switching SoundFonts back and forth costs one load each, and a file replaced on disk is read again. A few
 * banks are kept, the least recently used dropped first, since a large General MIDI bank holds its samples in
 * memory once played.
 */
final class LoadedBanks<T> {
    /** Reads a bank from its file. */
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private static final int KEPT = 3;

    private record Version(long size, long modified) {
        static Version of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Version(a.size(), a.lastModifiedTime().toMillis());
        }
    }

    private record Loaded<T>(Version version, T bank) {
    }

    private final Reader<T> reader;
    private final Map<Path, Loaded<T>> banks = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Loaded<T>> eldest) {
            return size() > KEPT;
        }
    };

    LoadedBanks(Reader<T> reader) {
        this.reader = reader;
    }

    synchronized T get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Version now = Version.of(key);
        Loaded<T> loaded = banks.get(key);
        if (loaded == null || !loaded.version().equals(now)) {
            loaded = new Loaded<>(now, reader.read(key));
            banks.put(key, loaded);
        }
        return loaded.bank();
    }
}
