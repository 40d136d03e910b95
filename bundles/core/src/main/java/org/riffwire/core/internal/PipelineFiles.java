// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.api.RiffwireHome;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.Studio;

/**
 * Pipelines as files: {@code $RIFFWIRE_HOME/conf/NAME.config}, in Felix's configuration-file syntax, is the same
 * as {@code riff:pipeline create NAME}. A new or changed file saves the pipeline, a removed file deletes it; a
 * file that cannot be read is left alone and its problem kept in {@link PipelineFileProblems}.
 * <pre>
 * interpreters=["keyword","notes","semantic"]
 * generator="symbolic"
 * renderers=["mid","wav"]
 * settings=["tempo=90","key=E minor"]
 * </pre>
 */
@Component(immediate = true, service = {})
public final class PipelineFiles {
    static final long POLL_MILLIS = 500;
    private static final String MANAGED = ".from-files";
    // Felix's syntax lets a type letter precede a value (T"…", I"1"); pipelines use only strings.
    private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*=\\s*[A-Z]?(.*?)\\s*");
    // Possessive, so a long value is matched in a loop, not by a recursion as deep as the value is long.
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");
    /** A pipeline file is a few lines; anything larger is not one, and is not read whole. */
    static final long MAX_BYTES = 64 * 1024;

    private final PipelineRegistry registry;
    private final Path folder;
    private final Map<Path, String> stamps = new HashMap<>();
    private final PipelineFileProblems problems;
    private final Thread watcher;
    private volatile boolean running = true;

    @Activate
    public PipelineFiles(BundleContext context, @Reference PipelineRegistry registry,
            @Reference PipelineFileProblems problems) {
        this.registry = registry;
        this.problems = problems;
        this.folder = RiffwireHome.folder(context.getProperty(RiffwireHome.PROPERTY)).resolve("conf");
        scan();
        this.watcher = new Thread(this::watch, "riffwire-pipeline-files");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Deactivate
    void deactivate() {
        running = false;
        watcher.interrupt();
        try {
            watcher.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
                scan();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                problems.put(folder, e.getMessage());
            }
        }
    }

    private synchronized void scan() {
        if (!running || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.filter(f -> f.toString().endsWith(".config")).sorted().toList();
            // A FIFO or a device would block the reader for good: only regular files are read.
            for (Path odd : present.stream().filter(f -> !Files.isRegularFile(f)).toList()) {
                problems.put(odd, "not a regular file (" + (Files.isDirectory(odd) ? "a folder" : "a pipe, device or socket")
                        + "); not read");
            }
            present = present.stream().filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            // Without a full listing nothing may be deleted: a file missing from a failed listing still exists.
            problems.put(folder, e.getMessage());
            return;
        }
        for (Path file : present) {
            String stamp;
            try {
                stamp = Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                continue; // removed while being read; the next scan sees it gone
            }
            if (stamp.equals(stamps.get(file))) {
                continue;
            }
            PipelineDefinition definition;
            try {
                definition = read(file);
            } catch (IOException | IllegalArgumentException e) {
                problems.put(file, e.getMessage());
                stamps.put(file, stamp); // a broken file is looked at again when it changes
                continue;
            }
            try {
                registry.save(definition);
                stamps.put(file, stamp);
                problems.clear(file);
            } catch (Exception e) {
                problems.put(file, e.getMessage()); // not stamped: saved again at the next scan
            }
        }
        // Pipelines made from files are listed in conf/.from-files, so that a file removed while no runtime
        // was running still takes its pipeline with it at the next start.
        java.util.Set<String> managed = new java.util.TreeSet<>(readManaged());
        for (Path file : present) {
            managed.add(name(file));
        }
        for (String name : new ArrayList<>(managed)) {
            Path file = folder.resolve(name + ".config");
            if (!present.contains(file)) {
                stamps.remove(file);
                problems.clear(file);
                try {
                    registry.delete(name);
                    managed.remove(name);
                } catch (Exception e) {
                    problems.put(file, e.getMessage());
                }
            }
        }
        writeManaged(managed);
    }

    private List<String> readManaged() {
        try {
            Path list = folder.resolve(MANAGED);
            return Files.exists(list) ? Files.readAllLines(list).stream().filter(l -> !l.isBlank()).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void writeManaged(java.util.Set<String> names) {
        try {
            Path list = folder.resolve(MANAGED);
            String text = String.join("\n", names) + "\n";
            if (!Files.exists(list) || !Files.readString(list).equals(text)) {
                Files.writeString(list, text);
            }
        } catch (IOException e) {
            problems.put(folder.resolve(MANAGED), e.getMessage());
        }
    }

    static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".config") ? n.substring(0, n.length() - ".config".length()) : n;
    }

    static PipelineDefinition read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is " + Files.size(file) / 1024 + " KiB; a pipeline file has at "
                    + "most " + MAX_BYTES / 1024 + " KiB");
        }
        Map<String, List<String>> values = new HashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IOException(file.getFileName() + " line " + number + " is not key=value");
            }
            List<String> strings = new ArrayList<>();
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                strings.add(q.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            if (strings.isEmpty()) {
                throw new IOException(file.getFileName() + " line " + number + ": values are quoted, as in "
                        + "generator=\"symbolic\" or interpreters=[\"keyword\",\"notes\"]");
            }
            values.put(m.group(1), strings);
        }
        List<String> generator = values.getOrDefault("generator", List.of(Studio.DEFAULT_GENERATOR));
        return new PipelineDefinition(name(file), values.getOrDefault("interpreters", Studio.DEFAULT_INTERPRETERS),
                generator.get(0), values.getOrDefault("renderers", List.of()),
                Pipeline.parse(values.getOrDefault("settings", List.of()).toArray(new String[0])));
    }
}
