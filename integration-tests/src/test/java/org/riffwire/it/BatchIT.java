// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riffwire.onnx.api.Json;

/**
 * {@code riffwire batch} with the local engine, run as a user runs it: the files and manifest of a list with a
 * failing line, the same bytes from a second run, a resumed run after kill -9, and SIGTERM losing nothing done.
 */
class BatchIT {
    private static Path root;
    private static Path work;
    private static Path home;

    @BeforeAll
    static void locate() throws IOException {
        root = Path.of(System.getProperty("riffwire.root")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("riffwire.work"), "batch-it").toAbsolutePath();
        Folders.delete(work);
        Files.createDirectories(work);
        home = work.resolve("home");
    }

    private static ProcessBuilder batch(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("riffwire").toString(), "batch"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().put("RIFFWIRE_HOME", home.toString());
        return pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    private static CommandLineIT.Result run(String... args) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = batch(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "batch did not finish");
        CommandLineIT.Result r = new CommandLineIT.Result(p.exitValue(), Files.readString(out), Files.readString(err));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack traces: " + r.err());
        return r;
    }

    static List<Map<String, Object>> manifest(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("manifest.jsonl")).stream().map(l -> Json.object(l, "manifest.jsonl")).toList();
    }

    /** Every file but the manifest, by name, with its sha256. */
    static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().startsWith("manifest.jsonl")) {
                    sums.put(f.getFileName().toString(), sha256(f));
                }
            }
        }
        return sums;
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void aListBecomesFilesAndAManifestAndAFailingLineIsRecorded() throws Exception {
        Path list = work.resolve("list.tsv");
        Files.writeString(list, String.join("\n",
                "prompt\tseed\tformats\tset\tcaption_id",
                "a gentle folk song in D major for flute, 8 seconds\t\tmid,wav\t\tc1",
                "a swing jazz tune in F with drums, 6 seconds\t42\tmid,abc\ttempo=150\tc2",
                "a piece in C major and in A minor at once, 6 seconds\t\t\t\tc3",
                "a march\t\tmid,xyz\t\tc4") + "\n");
        Path dir = work.resolve("data");
        CommandLineIT.Result r = run(list.toString(), "--out", dir.toString(), "--verify");
        assertEquals(5, r.code(), "some items failed: " + r.err());
        assertTrue(r.err().contains("2 done, 2 failed, 0 skipped"), r.err());
        List<Map<String, Object>> entries = manifest(dir);
        assertEquals(List.of(2L, 3L, 4L, 5L), entries.stream().map(e -> e.get("line")).toList(), "one entry per line, in order");

        Map<String, Object> folk = entries.get(0);
        assertEquals("done", folk.get("status"));
        assertEquals("000002-a-gentle-folk-song-in-d-major-for-flute", folk.get("item"));
        assertEquals(Map.of("caption_id", "c1"), folk.get("extra"));
        assertTrue(folk.get("seed") instanceof Long);
        Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) folk.get("spec")).get("fields");
        assertEquals("keyword", ((Map<?, ?>) spec.get("tonic")).get("interpreter"), "the spec keeps its provenance");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) folk.get("verify")).get("passed"), "the --verify report is kept");
        for (Object o : (List<?>) folk.get("files")) {
            Map<?, ?> file = (Map<?, ?>) o;
            Path f = dir.resolve((String) file.get("file"));
            assertEquals(Files.size(f), file.get("bytes"));
            assertEquals(sha256(f), file.get("sha256"));
        }

        Map<String, Object> jazz = entries.get(1);
        assertEquals(42L, jazz.get("seed"));
        MidiFacts midi = new MidiFacts(dir.resolve(jazz.get("item") + ".mid").toFile());
        assertEquals(150.0, midi.tempo, 0.01, "the set column's tempo");
        assertTrue(midi.hasDrums());
        assertTrue(Files.readString(dir.resolve(jazz.get("item") + ".abc")).contains("X:"));

        assertEquals("failed", entries.get(2).get("status"));
        assertTrue(((String) entries.get(2).get("error")).contains("contradictory"), (String) entries.get(2).get("error"));
        assertEquals("failed", entries.get(3).get("status"));
        assertTrue(((String) entries.get(3).get("error")).contains("xyz"), (String) entries.get(3).get("error"));
        assertTrue(r.err().contains("000004-a-piece-in-c-major") && r.err().contains("failed"), r.err());

        CommandLineIT.Result again = run(list.toString(), "--out", dir.toString(), "--verify");
        assertEquals(5, again.code());
        assertTrue(again.err().contains("0 done, 2 failed, 2 skipped"), "complete items are skipped: " + again.err());
        assertEquals(4, manifest(dir).size(), "one entry per item after a rerun too");
    }

    @Test
    void aKilledRunResumesToTheSameBytesAndTermLosesNothingDone() throws Exception {
        Path list = work.resolve("ten.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            lines.append("{\"prompt\": \"a folk tune number ").append(i).append(" in G for fiddle, 6 seconds\", \"formats\": [\"mid\", \"wav\"]}\n");
        }
        Files.writeString(list, lines);
        Path whole = work.resolve("whole");
        assertEquals(0, run(list.toString(), "--out", whole.toString(), "--workers", "2").code());
        Map<String, String> expected = files(whole);
        assertEquals(20, expected.size());

        Path killed = work.resolve("killed");
        Process p = batch(list.toString(), "--out", killed.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitEntries(killed, 3, p);
        p.destroyForcibly().waitFor();
        p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        int recorded = manifest(killed).size();
        assertTrue(recorded >= 3 && recorded < 10, "killed part way: " + recorded + " entries");
        CommandLineIT.Result resumed = run(list.toString(), "--out", killed.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains(recorded + " skipped"), "the recorded items are not made again: " + resumed.err());
        assertEquals(expected, files(killed), "the same bytes as an uninterrupted run, on 1 worker or 2");
        assertEquals(10, manifest(killed).size());

        Path stopped = work.resolve("stopped");
        Process q = batch(list.toString(), "--out", stopped.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitEntries(stopped, 2, q);
        q.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the same orderly stop
        assertTrue(q.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, q.exitValue());
        List<Map<String, Object>> kept = manifest(stopped);
        assertTrue(kept.size() >= 2, "what was done is recorded");
        for (Map<String, Object> e : kept) {
            assertEquals("done", e.get("status"), "an item cut short by the stop is not recorded as failed");
            for (Object f : (List<?>) e.get("files")) {
                String name = (String) ((Map<?, ?>) f).get("file");
                assertEquals(expected.get(name), sha256(stopped.resolve(name)));
            }
        }
        assertEquals(0, run(list.toString(), "--out", stopped.toString()).code());
        assertEquals(expected, files(stopped));
    }

    private static void awaitEntries(Path dir, int count, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Path m = dir.resolve("manifest.jsonl");
            if (Files.exists(m) && Files.readAllLines(m).size() >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + count + " manifest entries in " + dir);
    }

    @Test
    void badUsageAndAnUnreadableListAreRefusedWithExitTwo() throws Exception {
        CommandLineIT.Result noOut = run(work.resolve("missing.tsv").toString());
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        CommandLineIT.Result missing = run(work.resolve("missing.tsv").toString(), "--out", work.resolve("x").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path noHeader = work.resolve("no-header.tsv");
        Files.writeString(noHeader, "a folk song\n");
        CommandLineIT.Result header = run(noHeader.toString(), "--out", work.resolve("x").toString());
        assertEquals(2, header.code());
        assertTrue(header.err().contains("names no prompt column"), header.err());
        CommandLineIT.Result parquet = run(noHeader.toString(), "--out", work.resolve("x").toString(), "--format", "parquet");
        assertEquals(2, parquet.code());
        assertTrue(parquet.err().contains("--engine spark"), parquet.err());
        CommandLineIT.Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("usage: riffwire batch FILE --out DIR"), help.out());
    }
}
