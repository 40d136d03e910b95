// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.api;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A batch command's options, the same for every engine:
 * {@code batch FILE --out DIR [--workers N] [--formats mid,wav] [--pipeline P] [--verify]
 * [--engine local|spark] [--master URL] [--format files|parquet]}.
 *
 * @param list     the prompt list (TSV with a header, or JSON Lines)
 * @param out      the folder for the files and manifest.jsonl
 * @param workers  how many items are made at once on this runtime
 * @param formats  the formats of items whose line names none
 * @param pipeline the pipeline of items whose line names none (null: the default)
 * @param verify   listen to every item and record the adherence report
 * @param engine   local or spark
 * @param master   the Spark master (null: local[*])
 * @param format   files, or parquet for a Parquet data set as well (Spark)
 */
public record BatchJob(Path list, Path out, int workers, List<String> formats, String pipeline, boolean verify,
        String engine, String master, String format) {
    public static final String LOCAL = "local";
    public static final String SPARK = "spark";
    public static final String FILES = "files";
    public static final String PARQUET = "parquet";

    public static final String USAGE = """
            usage: riffwire batch FILE --out DIR [--workers N] [--formats mid,wav] [--pipeline P] [--verify]
                                  [--engine local|spark] [--master URL] [--format files|parquet]

            Makes every prompt of FILE into DIR: TSV with a header line naming its columns (prompt, and optionally
            seed, pipeline, formats such as mid,wav, set such as tempo=96,key=D), or JSON Lines (.jsonl) with the
            same fields. Each item's files are named after its line (000002-a-folk-song.mid); DIR/manifest.jsonl
            records per item the prompt, seed, pipeline, resolved spec with provenance, files with size and sha256,
            the --verify report and any error. Run it again to resume: complete items are skipped, others made.

              --out DIR          the output folder (made if missing)
              --workers N        items made at once (default: the core count)
              --formats LIST     formats of lines that name none (default: mid)
              --pipeline P       pipeline of lines that name none (default: default)
              --verify           listen to each piece and record the adherence report
              --engine E         local (default) or spark: one Spark application, one runtime per executor
              --master URL       the Spark master (default local[*]); needs --engine spark
              --format F         files (default) or parquet: also a Parquet data set in DIR/parquet (Spark)

            exit codes: 0 every item done, 5 some items failed (see the manifest), 2 bad usage or list,
              130 stopped by Ctrl-C, 143 by SIGTERM (what was done is kept)
            """;

    public BatchJob {
        formats = formats == null || formats.isEmpty() ? BatchItem.DEFAULT_FORMATS : List.copyOf(formats);
    }

    /** Parses the words after {@code batch}; a mistake is an IllegalArgumentException saying what is wrong. */
    public static BatchJob parse(List<String> args) {
        Path list = null;
        Path out = null;
        int workers = Runtime.getRuntime().availableProcessors();
        List<String> formats = BatchItem.DEFAULT_FORMATS;
        String pipeline = null;
        boolean verify = false;
        String engine = LOCAL;
        String master = null;
        String format = FILES;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            String inline = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
            switch (name) {
                case "--out", "-o" -> out = path(inline != null ? inline : value(args, ++i, name), name);
                case "--workers", "-w" -> workers = workers(inline != null ? inline : value(args, ++i, name));
                case "--formats" -> formats = formats(inline != null ? inline : value(args, ++i, name));
                case "--pipeline", "-p" -> pipeline = inline != null ? inline : value(args, ++i, name);
                case "--verify", "-v" -> verify = true;
                case "--engine" -> engine = oneOf(inline != null ? inline : value(args, ++i, name), name, LOCAL, SPARK);
                case "--master" -> master = inline != null ? inline : value(args, ++i, name);
                case "--format" -> format = oneOf(inline != null ? inline : value(args, ++i, name), name, FILES, PARQUET);
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        throw new IllegalArgumentException("unknown option '" + a + "'; see riffwire batch --help");
                    }
                    if (list != null) {
                        throw new IllegalArgumentException("batch takes one prompt list, got '" + list + "' and '" + a
                                + "'");
                    }
                    list = path(a, "the prompt list");
                }
            }
        }
        if (list == null) {
            throw new IllegalArgumentException("batch needs a prompt list, e.g. riffwire batch prompts.tsv --out data/");
        }
        if (out == null) {
            throw new IllegalArgumentException("batch needs --out DIR, the folder for the files and the manifest");
        }
        if (master != null && !engine.equals(SPARK)) {
            throw new IllegalArgumentException("--master is a Spark master; add --engine spark");
        }
        if (format.equals(PARQUET) && !engine.equals(SPARK)) {
            throw new IllegalArgumentException("--format parquet is written by Spark; add --engine spark");
        }
        return new BatchJob(list, out, workers, formats, pipeline, verify, engine, master, format);
    }

    /** Formats as a list names them: {@code mid,wav} or {@code .mid, .wav}. */
    public static List<String> formats(String text) {
        List<String> formats = Arrays.stream(text.split(","))
                .map(String::strip)
                .map(f -> f.startsWith(".") ? f.substring(1) : f)
                .map(f -> f.toLowerCase(java.util.Locale.ROOT))
                .filter(f -> !f.isEmpty())
                .distinct()
                .toList();
        for (String f : formats) {
            if (!f.matches("[a-z0-9]{1,10}")) {
                throw new IllegalArgumentException("'" + f + "' is not a file format; formats are extensions such as mid,wav");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no formats in '" + text + "'; name them as mid,wav");
        }
        return formats;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value; see riffwire batch --help");
        }
        return args.get(i);
    }

    private static int workers(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("--workers needs a whole number from 1 to 256, got '" + text + "'");
    }

    private static String oneOf(String value, String option, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException(option + " is one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }

    private static Path path(String text, String what) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(what + " is not a valid path: " + text);
        }
    }
}
