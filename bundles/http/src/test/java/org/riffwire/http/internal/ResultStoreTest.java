// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {
    @TempDir
    Path root;

    private Path result(ResultStore store, String id, int bytes, long ageMillis) throws Exception {
        Path folder = store.create(id);
        Files.write(folder.resolve("x.mid"), new byte[bytes]);
        Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis() - ageMillis));
        return folder;
    }

    @Test
    void keepsWithinAgeAndSizeOldestFirstButNeverALiveOne() throws Exception {
        ResultStore store = new ResultStore(root, 3_600_000, 2500);
        Path expired = result(store, Generation.newId(), 10, 7_200_000);
        Path oldest = result(store, Generation.newId(), 1000, 3000);
        String liveId = Generation.newId();
        Path live = result(store, liveId, 1000, 2500);
        Path newer = result(store, Generation.newId(), 1000, 2000);
        Path newest = result(store, Generation.newId(), 1000, 1000);
        store.prune(Set.of(liveId));
        assertFalse(Files.exists(expired));
        assertFalse(Files.exists(oldest));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(newer));
        assertTrue(Files.exists(newest));
    }

    @Test
    void recordsRoundTripAndOnlyIdsNameFolders() throws Exception {
        ResultStore store = new ResultStore(root, 3_600_000, 1 << 20);
        String id = Generation.newId();
        store.create(id);
        store.writeRecord(id, "{\"status\":\"done\"}");
        assertEquals("{\"status\":\"done\"}", store.record(id).orElseThrow());
        assertTrue(store.record(Generation.newId()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.folder("../token"));
        store.delete(id);
        assertTrue(store.record(id).isEmpty());
    }
}
