// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.riffwire.onnx.api.Json;

/**
 * The Parquet data set's rows: one per item made, with the manifest's metadata as columns and each file's
 * bytes in the column of its format, so a data-set tool reads MIDI and audio without the folder.
 */
final class ParquetRows {
    /** The formats with a bytes column; an item's other formats are in the folder only. */
    static final List<String> FORMATS = List.of("mid", "wav", "abc", "musicxml", "png");

    static final StructType SCHEMA;

    static {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("manifest", DataTypes.StringType, false),
            DataTypes.createStructField("item", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.IntegerType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("prompt", DataTypes.StringType, false),
            DataTypes.createStructField("seed", DataTypes.LongType, false),
            DataTypes.createStructField("pipeline", DataTypes.StringType, false),
            DataTypes.createStructField("audio_seconds", DataTypes.DoubleType, true),
            DataTypes.createStructField("spec", DataTypes.StringType, true),
        });
        for (String f : FORMATS) {
            schema = schema.add(DataTypes.createStructField(f, DataTypes.BinaryType, true));
        }
        SCHEMA = schema;
    }

    private ParquetRows() {
    }

    static Row row(String entry, Path out) {
        Map<String, Object> e = Json.object(entry, "a manifest entry");
        Object[] values = new Object[SCHEMA.size()];
        values[0] = entry;
        values[1] = e.get("item");
        values[2] = ((Long) e.get("line")).intValue();
        values[3] = e.get("status");
        values[4] = e.get("prompt");
        values[5] = e.get("seed");
        values[6] = e.get("pipeline");
        values[7] = e.get("audio_seconds") instanceof Number n ? n.doubleValue() : null;
        values[8] = e.containsKey("spec") ? org.riffwire.core.api.JsonText.write(e.get("spec")) : null;
        if (e.get("files") instanceof List<?> files) {
            for (Object o : files) {
                Map<?, ?> file = (Map<?, ?>) o;
                int column = FORMATS.indexOf(String.valueOf(file.get("format")));
                if (column >= 0) {
                    try {
                        values[9 + column] = Files.readAllBytes(out.resolve(String.valueOf(file.get("file"))));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            }
        }
        return RowFactory.create(values);
    }
}
