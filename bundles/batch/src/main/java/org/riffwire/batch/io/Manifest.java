// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.riffwire.onnx.api.Json;
import org.riffwire.batch.api.BatchItem;

/**
 * {@code DIR/manifest.jsonl}: one JSON object per item. Entries are appended as items end, after their files are
 * complete, so a killed run keeps every entry it wrote; a torn last line is ignored when read. The last entry
 * of an item wins, and the end of a run rewrites the file with one entry per item in list order.
 */
public final class Manifest implements AutoCloseable {
    public static final String FILE = "manifest.jsonl";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final Path file;
    private final Writer writer;

    private Manifest(Path file) throws IOException {
        this.file = file;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Opens the folder's manifest for appending (made if missing), after ending a torn last line. */
    public static Manifest open(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file) && Files.size(file) > 0) {
            byte[] last = new byte[1];
            try (var channel = Files.newByteChannel(file)) {
                channel.position(channel.size() - 1);
                channel.read(java.nio.ByteBuffer.wrap(last));
            }
            if (last[0] != '\n') {
                Files.writeString(file, "\n", StandardOpenOption.APPEND);
            }
        }
        return new Manifest(file);
    }

    /** Appends one entry (JSON on one line) and hands it to the system, so a killed process keeps it. */
    public synchronized void append(String entry) throws IOException {
        if (entry.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a manifest entry is one line");
        }
        writer.write(entry);
        writer.write('\n');
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    /** The folder's entries by item name, the last of each; lines that are not JSON objects are skipped. */
    public static Map<String, Map<String, Object>> read(Path dir) throws IOException {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return entries;
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Map<String, Object> entry = Json.object(line, "manifest.jsonl");
                if (entry.get("item") instanceof String name) {
                    entries.remove(name);
                    entries.put(name, entry);
                }
            } catch (IllegalArgumentException torn) {
                // A line cut by a killed run: its item is made again.
            }
        }
        return entries;
    }

    /**
     * Whether an entry records this item as made, with every file it lists present at its recorded size. An
     * entry for another version of the line (another prompt, seed, pipeline, formats or settings) does not count.
     */
    public static boolean complete(Map<String, Object> entry, BatchItem item, Path dir) {
        if (entry == null || !DONE.equals(entry.get("status")) || !item.digest().equals(entry.get("digest"))) {
            return false;
        }
        if (!(entry.get("files") instanceof List<?> files) || files.size() != item.formats().size()) {
            return false;
        }
        for (Object f : files) {
            if (!(f instanceof Map<?, ?> file) || !(file.get("file") instanceof String name)
                    || !(file.get("bytes") instanceof Long bytes)) {
                return false;
            }
            try {
                if (Files.size(dir.resolve(name)) != bytes) {
                    return false;
                }
            } catch (IOException missing) {
                return false;
            }
        }
        return true;
    }

    /** The items not yet complete in the folder, in list order: what a run (or a resumed one) has to make. */
    public static List<BatchItem> incomplete(List<BatchItem> items, Path dir) throws IOException {
        Map<String, Map<String, Object>> recorded = read(dir);
        return items.stream().filter(item -> !complete(recorded.get(item.name()), item, dir)).toList();
    }

    /** Rewrites the folder's manifest with the last entry of each item, in list order, replacing it at once. */
    public static void compact(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        List<String> kept = new ArrayList<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, String> byItem = new LinkedHashMap<>();
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return;
        }
        for (String line : all) {
            try {
                Map<String, Object> entry = Json.object(line, "manifest.jsonl");
                if (entry.get("item") instanceof String name) {
                    byItem.put(name, line);
                    lines.put(name, entry.get("line") instanceof Long n ? n : Long.MAX_VALUE);
                }
            } catch (IllegalArgumentException torn) {
                // dropped, as read() drops it
            }
        }
        byItem.keySet().stream()
                .sorted(Comparator.comparing((String name) -> lines.get(name)).thenComparing(name -> name))
                .forEach(name -> kept.add(byItem.get(name)));
        Path temporary = dir.resolve(FILE + ".tmp");
        Files.write(temporary, kept, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
