// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riffwire.onnx.api.Json;
import org.riffwire.batch.api.BatchItem;

class ManifestTest {
    @TempDir
    Path dir;

    private static BatchItem item(int line) {
        return new BatchItem(line, "song " + line, null, null, List.of("mid"), Map.of(), Map.of(), null);
    }

    private static String entry(BatchItem item, String status, long bytes) {
        return "{\"item\":\"" + item.name() + "\",\"line\":" + item.line() + ",\"digest\":\"" + item.digest()
                + "\",\"status\":\"" + status + "\",\"files\":[{\"file\":\"" + item.name() + ".mid\",\"bytes\":" + bytes + "}]}";
    }

    @Test
    void anItemIsCompleteOnlyWithItsEntryAndEveryFileAtItsSize() throws IOException {
        BatchItem two = item(2);
        Files.write(dir.resolve(two.name() + ".mid"), new byte[10]);
        assertTrue(Manifest.complete(Json.object(entry(two, "done", 10), "an entry"), two, dir));
        assertFalse(Manifest.complete(Json.object(entry(two, "done", 11), "an entry"), two, dir), "a file cut short");
        assertFalse(Manifest.complete(Json.object(entry(two, "failed", 10), "an entry"), two, dir), "a failed item is tried again");
        assertFalse(Manifest.complete(Json.object(entry(item(3), "done", 10), "an entry"), two, dir), "another item's entry");
        assertFalse(Manifest.complete(null, two, dir), "no entry: written but not recorded, so made again");
        Files.delete(dir.resolve(two.name() + ".mid"));
        assertFalse(Manifest.complete(Json.object(entry(two, "done", 10), "an entry"), two, dir), "a file deleted since");
    }

    @Test
    void aTornLastLineIsIgnoredAndEndedBeforeTheNextEntry() throws IOException {
        BatchItem two = item(2);
        BatchItem three = item(3);
        Files.writeString(dir.resolve(Manifest.FILE), entry(two, "done", 1) + "\n{\"item\":\"0000");
        assertEquals(List.of(two.name()), List.copyOf(Manifest.read(dir).keySet()));
        try (Manifest m = Manifest.open(dir)) {
            m.append(entry(three, "done", 1));
        }
        assertEquals(List.of(two.name(), three.name()), List.copyOf(Manifest.read(dir).keySet()));
    }

    @Test
    void compactingKeepsTheLastEntryOfEachItemInListOrder() throws IOException {
        BatchItem two = item(2);
        BatchItem ten = item(10);
        Files.writeString(dir.resolve(Manifest.FILE), String.join("\n", entry(ten, "failed", 1), entry(two, "done", 1),
                "not json", entry(ten, "done", 5)) + "\n", StandardOpenOption.CREATE);
        Manifest.compact(dir);
        List<String> lines = Files.readAllLines(dir.resolve(Manifest.FILE));
        assertEquals(List.of(entry(two, "done", 1), entry(ten, "done", 5)), lines);
        assertFalse(Files.exists(dir.resolve(Manifest.FILE + ".tmp")));
    }
}
