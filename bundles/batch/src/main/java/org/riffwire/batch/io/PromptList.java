// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.riffwire.onnx.api.Json;
import org.riffwire.batch.api.BatchItem;
import org.riffwire.batch.api.BatchJob;
import org.riffwire.core.api.SettingsText;

/**
 * Reads a prompt list: TSV whose first line names the columns (prompt, and optionally seed, pipeline, formats,
 * set; other columns are kept as extra), or JSON Lines with the same fields, chosen by the extension (.jsonl,
 * .ndjson, .json; .tsv, .txt) or else by the first line. Blank lines and lines starting with # are not items. A
 * line that cannot be made becomes a malformed item, so the batch records it and goes on; a list with no usable
 * header is refused as a whole.
 */
public final class PromptList {
    static final Set<String> KNOWN = Set.of("prompt", "seed", "pipeline", "formats", "set");

    private PromptList() {
    }

    /**
     * @param defaultFormats formats of lines that name none
     * @param defaultPipeline pipeline of lines that name none, or null
     * @throws IllegalArgumentException when the list as a whole cannot be read (no header, no prompt column)
     */
    public static List<BatchItem> read(Path file, List<String> defaultFormats, String defaultPipeline)
            throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text");
        }
        return parse(file.getFileName().toString(), lines, defaultFormats, defaultPipeline);
    }

    static List<BatchItem> parse(String fileName, List<String> lines, List<String> defaultFormats,
            String defaultPipeline) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean jsonLines;
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            jsonLines = true;
        } else if (lower.endsWith(".tsv") || lower.endsWith(".txt") || lower.endsWith(".tab")) {
            jsonLines = false;
        } else {
            jsonLines = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst().map(l -> l.startsWith("{")).orElse(false);
        }
        Defaults defaults = new Defaults(defaultFormats, defaultPipeline);
        return jsonLines ? jsonLines(lines, defaults) : tsv(fileName, lines, defaults);
    }

    private record Defaults(List<String> formats, String pipeline) {
    }

    private static boolean skipped(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static List<BatchItem> tsv(String fileName, List<String> lines, Defaults defaults) {
        int headerAt = 0;
        while (headerAt < lines.size() && skipped(lines.get(headerAt))) {
            headerAt++;
        }
        if (headerAt == lines.size()) {
            throw new IllegalArgumentException(fileName + " holds no header line and no prompts");
        }
        String[] header = strip(lines.get(headerAt)).split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            header[i] = header[i].strip().toLowerCase(Locale.ROOT);
        }
        if (!List.of(header).contains("prompt")) {
            throw new IllegalArgumentException(fileName + " line " + (headerAt + 1) + ": the header names no prompt "
                    + "column (a TSV list starts with a line such as prompt<TAB>seed; JSON Lines need .jsonl)");
        }
        for (int i = 0; i < header.length; i++) {
            for (int j = 0; j < i; j++) {
                if (header[i].equals(header[j])) {
                    throw new IllegalArgumentException(fileName + " line " + (headerAt + 1) + ": the column '"
                            + header[i] + "' is named twice");
                }
            }
        }
        List<BatchItem> items = new ArrayList<>();
        for (int n = headerAt + 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (skipped(line)) {
                continue;
            }
            String[] cells = strip(line).split("\t", -1);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(cells.length, header.length); i++) {
                fields.put(header[i], unquoted(cells[i]));
            }
            if (cells.length > header.length) {
                items.add(BatchItem.malformed(n + 1, fields.getOrDefault("prompt", ""), "the line has "
                        + cells.length + " tab-separated fields, the header names " + header.length));
                continue;
            }
            items.add(item(n + 1, fields, defaults));
        }
        return items;
    }

    private static List<BatchItem> jsonLines(List<String> lines, Defaults defaults) {
        List<BatchItem> items = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (skipped(line)) {
                continue;
            }
            Map<String, Object> object;
            try {
                object = Json.object(line, "the line");
            } catch (IllegalArgumentException e) {
                items.add(BatchItem.malformed(n + 1, "", "not a JSON object: " + e.getMessage()));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String problem = null;
            for (Map.Entry<String, Object> e : object.entrySet()) {
                Object v = e.getValue();
                if (v == null) {
                    continue;
                }
                if (e.getKey().equals("formats") && v instanceof List<?> list) {
                    fields.put("formats", String.join(",", list.stream().map(String::valueOf).toList()));
                } else if (e.getKey().equals("set") && v instanceof Map<?, ?> map) {
                    StringBuilder sb = new StringBuilder();
                    for (Map.Entry<?, ?> s : map.entrySet()) {
                        sb.append(sb.isEmpty() ? "" : ",").append(s.getKey()).append('=').append(scalar(s.getValue()));
                    }
                    fields.put("set", sb.toString());
                } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                    fields.put(e.getKey(), scalar(v));
                } else if (KNOWN.contains(e.getKey())) {
                    problem = "the field " + e.getKey() + " must be a string or number";
                }
            }
            items.add(problem == null ? item(n + 1, fields, defaults)
                    : BatchItem.malformed(n + 1, fields.getOrDefault("prompt", ""), problem));
        }
        return items;
    }

    private static String scalar(Object v) {
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return String.valueOf(v);
    }

    private static BatchItem item(int line, Map<String, String> fields, Defaults defaults) {
        String prompt = fields.getOrDefault("prompt", "").strip();
        if (prompt.isEmpty()) {
            return BatchItem.malformed(line, prompt, "the line has no prompt");
        }
        Long seed = null;
        String seedText = fields.getOrDefault("seed", "").strip();
        if (!seedText.isEmpty()) {
            try {
                // 42, and 42.0 as spreadsheets and JSON writers print whole numbers.
                seed = new java.math.BigDecimal(seedText).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return BatchItem.malformed(line, prompt, "the seed '" + seedText + "' is not a whole number");
            }
        }
        String pipeline = fields.getOrDefault("pipeline", "").strip();
        List<String> formats = defaults.formats();
        Map<String, String> settings;
        try {
            String formatText = fields.getOrDefault("formats", "").strip();
            if (!formatText.isEmpty()) {
                formats = BatchJob.formats(formatText);
            }
            settings = SettingsText.parse(fields.getOrDefault("set", ""));
        } catch (IllegalArgumentException e) {
            return BatchItem.malformed(line, prompt, e.getMessage());
        }
        Map<String, String> extra = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (!KNOWN.contains(k) && !v.isEmpty()) {
                extra.put(k, v);
            }
        });
        return new BatchItem(line, prompt, seed, pipeline.isEmpty() ? defaults.pipeline() : pipeline, formats,
                settings, extra, null);
    }

    /**
     * A cell as spreadsheet tools write it: a cell in double quotes (pandas and Excel quote one holding a quote)
     * loses them, and a doubled quote inside becomes one.
     */
    private static String unquoted(String cell) {
        String c = cell.strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            return c.substring(1, c.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }

    /** The line without a Windows line end or a byte-order mark. */
    private static String strip(String line) {
        String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
