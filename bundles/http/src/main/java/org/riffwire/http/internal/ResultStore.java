// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The generations' files under {@code http/results}: one folder per generation, named by its id, holding the
 * rendered files and {@code generation.json} (what {@code GET /api/generations/ID} answered when it ended). Kept
 * within an age and a size: the oldest folders go first.
 */
final class ResultStore {
    static final String RECORD = "generation.json";
    static final String PIANO_ROLL = "piano-roll.json";

    private final Path root;
    private final long maxAgeMillis;
    private final long maxBytes;

    ResultStore(Path root, long maxAgeMillis, long maxBytes) throws IOException {
        this.root = root;
        this.maxAgeMillis = maxAgeMillis;
        this.maxBytes = maxBytes;
        Files.createDirectories(root);
    }

    /** A new, empty folder for a generation's files. */
    Path create(String id) throws IOException {
        return Files.createDirectories(folder(id));
    }

    Path folder(String id) {
        if (!Generation.isId(id)) {
            throw new IllegalArgumentException("not a generation id: " + id);
        }
        return root.resolve(id);
    }

    /** The record a finished generation left, if its folder is still kept. */
    Optional<String> record(String id) {
        try {
            return Optional.of(Files.readString(folder(id).resolve(RECORD), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeRecord(String id, String json) throws IOException {
        Path folder = folder(id);
        Path temp = Files.createTempFile(folder, "generation", ".tmp");
        Files.writeString(temp, json, StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(RECORD), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    void delete(String id) throws IOException {
        deleteTree(folder(id));
    }

    /** Deletes folders past the age limit, then the oldest until the rest fit the size limit; never a live one. */
    void prune(Set<String> live) throws IOException {
        record Entry(Path folder, FileTime modified, long bytes) {
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                String id = folder.getFileName().toString();
                if (Files.isDirectory(folder) && Generation.isId(id) && !live.contains(id)) {
                    entries.add(new Entry(folder, Files.getLastModifiedTime(folder), size(folder)));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::modified));
        long total = entries.stream().mapToLong(Entry::bytes).sum();
        long now = System.currentTimeMillis();
        for (Entry e : entries) {
            if (now - e.modified().toMillis() > maxAgeMillis || total > maxBytes) {
                deleteTree(e.folder());
                total -= e.bytes();
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
