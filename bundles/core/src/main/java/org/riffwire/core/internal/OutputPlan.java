// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.core.api.BadRequestException;

/**
 * The files one generation writes. Each output first gets a temporary file beside it, before any music is made,
 * so an unwritable path fails fast; the temporaries are moved into place only once every renderer has succeeded,
 * and deleted otherwise. No partial file is ever left at an output path.
 */
final class OutputPlan implements AutoCloseable {
    private record Output(Path target, Path temp, Renderer renderer) {
    }

    private final List<Output> outputs = new ArrayList<>();
    private boolean committed;

    private OutputPlan() {
    }

    static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final String TEMPORARY_PREFIX = ".riffwire-";

    static OutputPlan prepare(List<Path> targets, Map<String, Renderer> renderersByFormat) throws BadRequestException {
        OutputPlan plan = new OutputPlan();
        try {
            Set<Path> seen = new HashSet<>();
            for (Path target : targets) {
                Path absolute = target.toAbsolutePath().normalize();
                if (!seen.add(absolute)) {
                    throw new BadRequestException("output " + target + " is given twice");
                }
                String format = extension(target);
                Renderer renderer = renderersByFormat.get(format);
                if (renderer == null) {
                    throw new BadRequestException((format.isEmpty() ? "output " + target + " has no extension"
                            : "unknown output format '." + format + "'") + ": available formats are "
                            + String.join(", ", renderersByFormat.keySet().stream().sorted().map(f -> "." + f).toList()));
                }
                if (Files.isDirectory(absolute)) {
                    throw new BadRequestException("cannot write " + target + ": it is a directory");
                }
                Path dir = absolute.getParent();
                Path temp;
                try {
                    Files.createDirectories(dir);
                    temp = createTemporary(dir, absolute);
                } catch (IOException | SecurityException e) {
                    throw new BadRequestException("cannot write " + target + ": " + describe(e), e);
                }
                plan.outputs.add(new Output(absolute, temp, renderer));
            }
            return plan;
        } catch (BadRequestException e) {
            plan.close();
            throw e;
        }
    }

    /** Renders every output into its temporary file, then moves them all into place. */
    List<Path> write(Piece piece, Map<String, String> settings) throws IOException, UnsatisfiableSpecException {
        for (Output o : outputs) {
            try (OutputStream out = Files.newOutputStream(o.temp())) {
                o.renderer().render(piece, out, settings);
            }
        }
        // Each new file is renamed over its target in one atomic step, so a target is never missing. The previous
        // content is kept under a second name (a hard link) until all have moved, and put back if a later move
        // fails: the outputs change together or not at all.
        List<Path[]> replaced = new ArrayList<>(); // {target, its previous content}
        List<Path> written = new ArrayList<>();
        try {
            for (Output o : outputs) {
                if (Files.isRegularFile(o.target())) {
                    Path previous = o.target().resolveSibling(temporaryName(".old"));
                    try {
                        Files.createLink(previous, o.target());
                    } catch (UnsupportedOperationException | IOException noLinks) {
                        Files.copy(o.target(), previous, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    replaced.add(new Path[] {o.target(), previous});
                }
                move(o.temp(), o.target());
                written.add(o.target());
            }
        } catch (IOException e) {
            for (Path target : written) {
                if (replaced.stream().noneMatch(r -> r[0].equals(target))) {
                    Files.deleteIfExists(target);
                }
            }
            for (Path[] r : replaced) {
                move(r[1], r[0]);
            }
            throw e;
        }
        for (Path[] r : replaced) {
            Files.deleteIfExists(r[1]);
        }
        committed = true;
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Output o : outputs) {
            try {
                Files.deleteIfExists(o.temp());
            } catch (IOException ignored) {
                // Best effort: the temporary is hidden and named .part, never mistaken for an output.
            }
        }
    }

    /**
     * The file an output is written to before it is moved into place: beside the target (a rename, not a copy),
     * hidden, with a short name (a long target name must not push it past the file system's 255 bytes), and
     * created as any file the user writes is: with the permissions of the file it replaces, else as the umask
     * says. It is deleted if the process ends before it is moved.
     */
    private static Path createTemporary(Path dir, Path target) throws IOException {
        deleteTemporariesOfEndedRuns(dir);
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            try {
                temp = Files.createFile(dir.resolve(temporaryName(".part")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
        temp.toFile().deleteOnExit();
        if (Files.isRegularFile(target)
                && Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
        return temp;
    }

    /** Named by the process that writes it, so that a later run can tell a killed run's leftover from work. */
    private static String temporaryName(String suffix) {
        return TEMPORARY_PREFIX + ProcessHandle.current().pid() + "-" + Long.toHexString(RANDOM.nextLong() >>> 1)
                + suffix;
    }

    /**
     * A run killed outright (SIGKILL, a power cut) cannot delete its temporaries; the next run that writes into
     * the same folder deletes those whose process has ended.
     */
    private static void deleteTemporariesOfEndedRuns(Path dir) {
        try (java.nio.file.DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMPORARY_PREFIX + "*.part")) {
            for (Path temp : temps) {
                String[] parts = temp.getFileName().toString().substring(TEMPORARY_PREFIX.length()).split("-", 2);
                try {
                    long pid = Long.parseLong(parts[0]);
                    if (pid != ProcessHandle.current().pid()
                            && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                        Files.deleteIfExists(temp);
                    }
                } catch (NumberFormatException | IOException e) {
                    // Not ours to judge, or already gone.
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // The folder cannot be listed: nothing to clean, and creating the temporary will say why.
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "the folder " + n.getFile() + " does not exist and cannot be created";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "an I/O error" : e.getMessage();
    }
}
