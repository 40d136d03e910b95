// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.core.api.BadRequestException;

class OutputPlanTest {
    @TempDir
    Path dir;

    private static final Renderer TEXT = (piece, out) -> out.write("music".getBytes(StandardCharsets.UTF_8));
    private static final Renderer BROKEN = (piece, out) -> {
        out.write("half".getBytes(StandardCharsets.UTF_8));
        throw new IOException("disk full");
    };

    private static Piece piece() throws Exception {
        return new Piece(MusicSpec.merge(List.of()), null, new AudioClip(8000, new float[][] {{0f}}), Map.of());
    }

    @Test
    void writesEveryOutputAndLeavesNoTemporaries() throws Exception {
        try (OutputPlan plan = OutputPlan.prepare(List.of(dir.resolve("a.txt"), dir.resolve("sub/b.TXT")),
                Map.of("txt", TEXT))) {
            plan.write(piece(), Map.of());
        }
        assertEquals("music", Files.readString(dir.resolve("a.txt")));
        assertEquals("music", Files.readString(dir.resolve("sub/b.TXT")));
        assertEquals(0, temporaries());
    }

    @Test
    void aKilledRunsTemporaryIsDeletedByTheNextWriteIntoItsFolder() throws Exception {
        // A process that has ended: its temporaries can only be leftovers.
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path leftover = Files.writeString(dir.resolve(".riffwire-" + ended.pid() + "-1f2e.part"), "half a piece");
        Path ours = Files.writeString(dir.resolve(".riffwire-" + ProcessHandle.current().pid() + "-77.part"), "busy");
        Path stranger = Files.writeString(dir.resolve(".riffwire-notes.part"), "not a run's");
        try (OutputPlan plan = OutputPlan.prepare(List.of(dir.resolve("next.txt")), Map.of("txt", TEXT))) {
            plan.write(piece(), Map.of());
        }
        assertFalse(Files.exists(leftover), "the ended run's temporary");
        assertTrue(Files.exists(ours), "a temporary of a running process is kept");
        assertTrue(Files.exists(stranger), "a name that names no process is left alone");
    }

    @Test
    void aFailingRendererLeavesNoOutputAtAll() throws Exception {
        try (OutputPlan plan = OutputPlan.prepare(List.of(dir.resolve("good.txt"), dir.resolve("bad.bin")),
                Map.of("txt", TEXT, "bin", BROKEN))) {
            assertThrows(IOException.class, () -> plan.write(piece(), Map.of()));
        }
        assertFalse(Files.exists(dir.resolve("good.txt")));
        assertFalse(Files.exists(dir.resolve("bad.bin")));
        assertEquals(0, temporaries());
    }

    @Test
    void unknownFormatsAndBlockedPathsAreRefusedUpFront() throws Exception {
        BadRequestException unknown = assertThrows(BadRequestException.class,
                () -> OutputPlan.prepare(List.of(dir.resolve("x.wav")), Map.of("mid", TEXT)));
        assertTrue(unknown.getMessage().contains("'.wav'") && unknown.getMessage().contains(".mid"), unknown.getMessage());
        Files.writeString(dir.resolve("file"), "x");
        BadRequestException blocked = assertThrows(BadRequestException.class,
                () -> OutputPlan.prepare(List.of(dir.resolve("ok.mid"), dir.resolve("file/x.mid")), Map.of("mid", TEXT)));
        assertTrue(blocked.getMessage().startsWith("cannot write"), blocked.getMessage());
        assertEquals(0, temporaries(), "the first output's temporary is removed too");
        assertThrows(BadRequestException.class,
                () -> OutputPlan.prepare(List.of(dir.resolve("a.mid"), dir.resolve("./a.mid")), Map.of("mid", TEXT)));
    }

    private long temporaries() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void replacingExistingFilesKeepsThemWhenRenderingFails() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "old");
        try (OutputPlan plan = OutputPlan.prepare(List.of(dir.resolve("keep.txt"), dir.resolve("fail.bin")),
                Map.of("txt", TEXT, "bin", BROKEN))) {
            assertThrows(IOException.class, () -> plan.write(piece(), Map.of()));
        }
        assertEquals("old", Files.readString(dir.resolve("keep.txt")));
        try (OutputPlan plan = OutputPlan.prepare(List.of(dir.resolve("keep.txt")), Map.of("txt", TEXT))) {
            plan.write(piece(), Map.of());
        }
        assertEquals("music", Files.readString(dir.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".old")), "no set-aside copies left");
        }
    }

    @Test
    void aNameAsLongAsTheFileSystemAllowsIsWritten() throws Exception {
        Path target = dir.resolve("x".repeat(251) + ".txt");
        try (OutputPlan plan = OutputPlan.prepare(List.of(target), Map.of("txt", TEXT))) {
            plan.write(piece(), Map.of());
        }
        assertTrue(Files.isRegularFile(target));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporaries left");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndIsNeverMissing() throws Exception {
        Path target = Files.writeString(dir.resolve("song.txt"), "old");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        Object before = Files.readAttributes(target, "unix:ino").get("ino");
        try (OutputPlan plan = OutputPlan.prepare(List.of(target), Map.of("txt", TEXT))) {
            // Until the atomic rename the old file is still there, under its own name.
            assertEquals("old", Files.readString(target));
            plan.write(piece(), Map.of());
        }
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertTrue(!before.equals(Files.readAttributes(target, "unix:ino").get("ino")), "a new file renamed into place");
    }
}
