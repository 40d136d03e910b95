// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.SparkFiles;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * What a Spark task does with its partition of items: makes each in the executor's embedded runtime, which
 * writes the files into the output folder, and returns one row per item (its manifest entry, and with the
 * file bytes for a Parquet data set).
 */
final class ItemTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String runtimeJar;
    private final String home;
    private final String soundfont;
    private final String out;
    private final boolean verify;
    private final boolean withBytes;
    private final LongAccumulator runtimeStarts;

    ItemTask(String runtimeJar, String home, String soundfont, String out, boolean verify, boolean withBytes,
            LongAccumulator runtimeStarts) {
        this.runtimeJar = runtimeJar;
        this.home = home;
        this.soundfont = soundfont;
        this.out = out;
        this.verify = verify;
        this.withBytes = withBytes;
        this.runtimeStarts = runtimeStarts;
    }

    Iterator<Row> make(Iterator<String> items) throws Exception {
        EmbeddedRuntime runtime = ExecutorRuntime.get(local(runtimeJar), local(home), soundfont);
        runtimeStarts.add(ExecutorRuntime.takeStartMillis());
        List<Row> rows = new ArrayList<>();
        while (items.hasNext()) {
            String item = items.next();
            String entry = runtime.make("{\"item\":" + item + ",\"out\":" + org.riffwire.core.api.JsonText.write(out)
                    + ",\"verify\":" + verify + "}");
            rows.add(withBytes ? ParquetRows.row(entry, Path.of(out)) : RowFactory.create(entry));
        }
        return rows.iterator();
    }

    /**
     * A path as this executor sees it: as given when it exists here (local mode, a shared folder), else the
     * file of that name shipped with spark-submit --files or --archives.
     */
    private static Path local(String path) throws IOException {
        Path p = Path.of(path);
        if (Files.exists(p)) {
            return p.toAbsolutePath();
        }
        Path shipped = Path.of(SparkFiles.get(p.getFileName().toString()));
        if (Files.exists(shipped)) {
            return shipped;
        }
        Path inWorkingFolder = Path.of(p.getFileName().toString()).toAbsolutePath();
        if (Files.exists(inWorkingFolder)) {
            return inWorkingFolder;
        }
        throw new IOException(path + " is not on this executor: ship it with spark-submit --files or --archives,"
                + " or put it on a folder every executor mounts");
    }

    static String entryOf(Row row) {
        return row.getString(0);
    }
}
