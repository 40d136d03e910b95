// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.riffwire.batch.api.BatchItem;
import org.riffwire.batch.api.BatchJob;
import org.riffwire.batch.api.BatchSummary;
import org.riffwire.batch.io.ItemJson;
import org.riffwire.onnx.api.Json;
import org.riffwire.batch.io.Manifest;
import org.riffwire.batch.io.PromptList;

/**
 * {@code riffwire batch FILE --out DIR --engine spark [--master URL] [--format parquet]}: the Spark driver. It
 * reads the list and the manifest as the local engine does, hands the items not yet complete to Spark in
 * chunks, and records each chunk's entries once Spark returns them; each executor makes its items in one
 * embedded runtime (see {@link EmbeddedRuntime}), writing the files into DIR, which every executor must reach.
 * Run by the riffwire script, or by spark-submit with {@code --class org.riffwire.batch.spark.SparkBatch}.
 */
public final class SparkBatch {
    /** Where the runtime jar and home folder are, for executors: Spark settings, else the script's properties. */
    static final String JAR_SETTING = "spark.riffwire.jar";
    static final String HOME_SETTING = "spark.riffwire.home";
    static final String SOUNDFONT_SETTING = "spark.riffwire.soundfont";
    /** Items handed to Spark at once, per task slot; a chunk's entries are recorded when it ends. */
    static final String CHUNK_SETTING = "spark.riffwire.chunkPerSlot";

    private final PrintStream err;

    private SparkBatch(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        List<String> words = new ArrayList<>(List.of(args));
        if (!words.isEmpty() && words.get(0).equals("batch")) {
            words.remove(0);
        }
        if (words.contains("--help") || words.contains("-h")) {
            System.out.print(BatchJob.USAGE);
            System.exit(0);
        }
        int code;
        try {
            BatchJob job = BatchJob.parse(words);
            if (!Files.isRegularFile(job.list())) {
                throw new IllegalArgumentException("cannot read the prompt list " + job.list() + ": "
                        + (Files.exists(job.list()) ? "it is not a file" : "no such file"));
            }
            code = new SparkBatch(System.err).run(job).exitCode();
        } catch (IllegalArgumentException e) {
            System.err.println("riffwire: " + e.getMessage());
            code = 2;
        } catch (Exception e) {
            if (System.getenv("RIFFWIRE_DEBUG") != null) {
                e.printStackTrace();
            }
            System.err.println("riffwire: internal error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            code = 1;
        }
        System.exit(code);
    }

    BatchSummary run(BatchJob job) throws IOException {
        List<BatchItem> items = PromptList.read(job.list(), job.formats(), job.pipeline());
        Path dir = job.out().toAbsolutePath();
        Files.createDirectories(dir);
        List<BatchItem> todo = Manifest.incomplete(items, dir);
        int skipped = items.size() - todo.size();
        if (skipped > 0) {
            err.println("riffwire: " + skipped + " of " + items.size() + " items are complete in " + job.out()
                    + " and are skipped");
        }
        SparkConf conf = new SparkConf().setAppName("riffwire batch " + job.list().getFileName());
        if (job.master() != null) {
            conf.setMaster(job.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // One machine: no web UI, and the driver on loopback only.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        String jar = conf.get(JAR_SETTING, System.getProperty("riffwire.jar", "riffwire.jar"));
        String home = conf.get(HOME_SETTING, System.getProperty("riffwire.home",
                Path.of(System.getProperty("user.home"), ".riffwire").toString()));
        String soundfont = conf.get(SOUNDFONT_SETTING, System.getProperty("riffwire.soundfont"));
        long start = System.nanoTime();
        int done = 0;
        int failed = 0;
        double audio = 0;
        boolean interrupted = false;
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
        Thread onShutdown = new Thread(() -> {
            // Ctrl-C: the running chunk is cancelled (its items are made again next time); wait for the manifest.
            stopping.set(true);
            spark.sparkContext().cancelAllJobs();
            try {
                recorded.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "riffwire-spark-stop");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try (Manifest manifest = Manifest.open(dir)) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int slots = Math.max(1, context.defaultParallelism());
            int chunk = slots * conf.getInt(CHUNK_SETTING, 4);
            LongAccumulator runtimeStarts = context.sc().longAccumulator("riffwire runtime start ms");
            boolean parquet = job.format().equals(BatchJob.PARQUET);
            ItemTask task = new ItemTask(jar, home, soundfont, dir.toString(), job.verify(), parquet, runtimeStarts);
            for (int from = 0; from < todo.size(); from += chunk) {
                List<String> requests = todo.subList(from, Math.min(todo.size(), from + chunk)).stream()
                        .map(ItemJson::write).toList();
                JavaRDD<Row> rows = context.parallelize(requests, Math.min(slots, requests.size()))
                        .mapPartitions(task::make);
                List<String> entries = new ArrayList<>();
                if (parquet) {
                    Dataset<Row> frame = spark.createDataFrame(rows, ParquetRows.SCHEMA).persist(StorageLevel.DISK_ONLY());
                    frame.select("manifest").collectAsList().forEach(r -> entries.add(r.getString(0)));
                    frame.filter("status = 'done'").write().mode(SaveMode.Append)
                            .parquet(dir.resolve("parquet").toString());
                    frame.unpersist();
                } else {
                    rows.collect().forEach(r -> entries.add(ItemTask.entryOf(r)));
                }
                for (String entry : entries) {
                    manifest.append(entry);
                    Map<String, Object> fields = Json.object(entry, "a manifest entry");
                    if (Manifest.DONE.equals(fields.get("status"))) {
                        done++;
                        audio += fields.get("audio_seconds") instanceof Number n ? n.doubleValue() : 0;
                    } else {
                        failed++;
                        err.println("riffwire: " + fields.get("item") + " failed: " + fields.get("error"));
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                err.printf(Locale.ROOT, "riffwire: %d/%d items, %d failed, %.2f items/s%n", done + failed, todo.size(),
                        failed, (done + failed) / seconds);
            }
            err.printf(Locale.ROOT, "riffwire: runtime start on the executors: %d ms in all%n", runtimeStarts.value());
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                throw e;
            }
            interrupted = true;
        } finally {
            Manifest.compact(dir);
            recorded.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                interrupted = true;
            }
            if (!stopping.get()) {
                spark.stop();
            }
        }
        BatchSummary summary = new BatchSummary(done, failed, skipped, (System.nanoTime() - start) / 1e9, audio,
                interrupted ? 2 : 0);
        err.println("riffwire: " + summary.line());
        return summary;
    }
}
