// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riffwire.onnx.api.Json;

/**
 * The Spark engine in local mode (local[2]) against the local engine, item by item: the same files to the byte,
 * the same manifest entries (timings aside), a Parquet data set holding every made item's bytes, and a rerun
 * that skips what is complete.
 */
class SparkBatchIT {
    private static Path root;
    private static Path work;

    @BeforeAll
    static void locate() throws IOException {
        root = Path.of(System.getProperty("riffwire.root")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("riffwire.work"), "spark-it").toAbsolutePath();
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    private static String batch(int expectedCode, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("riffwire").toString(), "batch"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "batch", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("RIFFWIRE_HOME", work.resolve("home").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "batch did not finish: " + command);
        String output = Files.readString(log);
        assertEquals(expectedCode, p.exitValue(), output);
        return output;
    }

    private static Map<String, Map<String, Object>> entries(Path dir) throws IOException {
        Map<String, Map<String, Object>> byItem = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.jsonl"))) {
            Map<String, Object> e = new LinkedHashMap<>(Json.object(line, "manifest.jsonl"));
            e.remove("millis");
            byItem.put((String) e.get("item"), e);
        }
        return byItem;
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().startsWith("manifest.jsonl")) {
                    sums.put(f.getFileName().toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        return sums;
    }

    @Test
    void sparkMakesTheSameItemsAsTheLocalEngine() throws Exception {
        Path list = work.resolve("prompts.tsv");
        Files.writeString(list, String.join("\n",
                "prompt\tseed\tformats\tset",
                "a gentle folk song in D major for flute and guitar, 8 seconds\t\tmid,wav\t",
                "a swing jazz tune in F with drums, 6 seconds\t42\tmid,abc\ttempo=150",
                "a piece in C major and in A minor at once, 6 seconds\t\t\t",
                "a string quartet in G, 6 seconds\t7\tmid,musicxml\t",
                "a folk song in D major for flute and guitar, 8 seconds\t\tmid\t") + "\n");
        Path local = work.resolve("local");
        Path spark = work.resolve("spark");
        batch(5, list.toString(), "--out", local.toString());
        String log = batch(5, list.toString(), "--out", spark.toString(), "--engine", "spark", "--master", "local[2]",
                "--format", "parquet");
        assertTrue(log.contains("4 done, 1 failed, 0 skipped"), log);

        assertEquals(files(local), files(spark), "every file the same, byte for byte");
        Map<String, Map<String, Object>> ours = entries(local);
        Map<String, Map<String, Object>> theirs = entries(spark);
        assertEquals(List.copyOf(ours.keySet()), List.copyOf(theirs.keySet()), "the same items in list order");
        for (String item : ours.keySet()) {
            assertEquals(ours.get(item), theirs.get(item), "the manifest entry of " + item);
        }

        SparkSession session = SparkSession.builder().master("local[1]").appName("read back")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            List<Row> rows = session.read().parquet(spark.resolve("parquet").toString()).collectAsList();
            assertEquals(4, rows.size(), "one row per item made");
            for (Row row : rows) {
                String item = row.getString(row.fieldIndex("item"));
                assertEquals("done", row.getString(row.fieldIndex("status")));
                assertEquals(theirs.get(item).get("seed"), row.getLong(row.fieldIndex("seed")));
                assertArrayEquals(Files.readAllBytes(spark.resolve(item + ".mid")), (byte[]) row.get(row.fieldIndex("mid")),
                        "the Parquet bytes are the file's");
            }
        } finally {
            session.stop();
        }

        String again = batch(5, list.toString(), "--out", spark.toString(), "--engine", "spark", "--master", "local[2]",
                "--format", "parquet");
        assertTrue(again.contains("0 done, 1 failed, 4 skipped"), again);
        assertEquals(files(local), files(spark));
    }
}
