// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.batch.api.BatchItem;
import org.riffwire.onnx.api.Json;
import org.riffwire.batch.io.Manifest;
import org.riffwire.core.api.AnalysisJson;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.BusyException;
import org.riffwire.core.api.CancellationSignal;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.JsonText;
import org.riffwire.core.api.PromptParts;
import org.riffwire.core.api.SpecJson;
import org.riffwire.core.api.Studio;

/**
 * Makes one item with the studio and writes nothing but its files: the manifest entry comes back as one line
 * of JSON for the caller to record. Both engines make items here, so an item's bytes and entry do not depend on
 * where it ran. A problem with the item is a failed entry, never an exception; only cancellation escapes.
 */
final class ItemWorker {
    private static final long BUSY_RETRY_MILLIS = 50;

    private final Studio studio;

    ItemWorker(Studio studio) {
        this.studio = studio;
    }

    /** An ended item: its manifest entry, whether it was made, the seconds of music it holds, its error or null. */
    record Outcome(String entry, boolean done, double audioSeconds, String error) {
        static Outcome failed(Map<String, Object> entry) {
            return new Outcome(JsonText.write(entry), false, 0, (String) entry.get("error"));
        }
    }

    /** @throws CancellationException when the signal stopped the item before it ended (nothing is recorded) */
    Outcome make(BatchItem item, Path dir, boolean verify, CancellationSignal cancellation) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("item", item.name());
        entry.put("line", item.line());
        entry.put("digest", item.digest());
        entry.put("status", Manifest.FAILED);
        entry.put("prompt", item.prompt());
        entry.put("seed", item.effectiveSeed());
        entry.put("pipeline", item.pipeline() == null ? Studio.DEFAULT_PIPELINE : item.pipeline());
        entry.put("formats", item.formats());
        if (!item.settings().isEmpty()) {
            entry.put("set", item.settings());
        }
        if (!item.extra().isEmpty()) {
            entry.put("extra", item.extra());
        }
        if (item.problem() != null) {
            entry.put("error", item.problem());
            return Outcome.failed(entry);
        }
        List<Path> outputs = item.formats().stream().map(f -> dir.resolve(item.name() + "." + f)).toList();
        long start = System.nanoTime();
        long[] renderingFrom = {0};
        GenerationRequest request = new GenerationRequest(
                new PromptParts(item.prompt(), null, null, null, item.settings()).toPrompt(), item.pipeline(),
                item.effectiveSeed(), outputs, verify, (fraction, step) -> {
                    if (renderingFrom[0] == 0 && step.equals("rendering")) {
                        renderingFrom[0] = System.nanoTime();
                    }
                }, cancellation, Map.of());
        GenerationResult result;
        try {
            result = generate(request, cancellation);
        } catch (InvalidPromptException | SpecConflictException | UnsatisfiableSpecException | BadRequestException e) {
            entry.put("error", oneLine(e.getMessage()));
            return Outcome.failed(entry);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            entry.put("error", "internal error: " + oneLine(String.valueOf(e.getMessage())));
            return Outcome.failed(entry);
        }
        long made = System.nanoTime();
        entry.put("seed", result.seed());
        entry.put("spec", Json.parse(SpecJson.write(result.piece().spec(), Map.of()), "the spec"));
        List<Map<String, Object>> files = new ArrayList<>();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                Path file = outputs.get(i);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", file.getFileName().toString());
                f.put("format", item.formats().get(i));
                f.put("bytes", Files.size(file));
                f.put("sha256", sha256(file));
                files.add(f);
            }
        } catch (IOException e) {
            entry.put("error", "a written file cannot be read back: " + oneLine(e.getMessage()));
            return Outcome.failed(entry);
        }
        entry.put("files", files);
        double seconds = audioSeconds(result.piece());
        entry.put("audio_seconds", Math.round(seconds * 1000) / 1000.0);
        boolean passed = true;
        if (result.report().isPresent()) {
            passed = result.report().get().passed();
            entry.put("verify", Json.parse(AnalysisJson.write(result.report().get()), "the report"));
            if (!passed) {
                entry.put("error", "verification failed: " + String.join("; ", result.report().get().failures().stream()
                        .map(c -> c.constraint() + " (expected " + c.expected() + ", measured " + c.measured() + ")")
                        .toList()));
            }
        }
        entry.put("status", passed ? Manifest.DONE : Manifest.FAILED);
        long rendering = renderingFrom[0] == 0 ? made : renderingFrom[0];
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("generate", (rendering - start) / 1_000_000);
        timing.put("render", (made - rendering) / 1_000_000);
        timing.put("hash", (System.nanoTime() - made) / 1_000_000);
        entry.put("millis", timing);
        return new Outcome(JsonText.write(entry), passed, seconds, (String) entry.get("error"));
    }

    private GenerationResult generate(GenerationRequest request, CancellationSignal cancellation)
            throws InvalidPromptException, SpecConflictException, UnsatisfiableSpecException, BadRequestException {
        while (true) {
            try {
                return studio.generate(request);
            } catch (BusyException busy) {
                // More batch workers than the studio's pool and queue hold: wait for a place, it is no failure.
                if (cancellation.isCancelled()) {
                    throw new CancellationException("the batch was stopped");
                }
                try {
                    Thread.sleep(BUSY_RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("the batch was stopped");
                }
            }
        }
    }

    private static double audioSeconds(Piece piece) {
        if (piece.audio().isPresent()) {
            return piece.audio().get().seconds();
        }
        return piece.score().map(s -> s.lengthSeconds()).orElse(0.0);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ').strip();
    }
}
