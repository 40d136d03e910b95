// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.core.api.JsonText;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.spec.Conflict;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.core.api.AnalysisJson;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.BusyException;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.PipelineInfo;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.SpecJson;
import org.riffwire.core.api.Studio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's generations: checked and interpreted when asked for (so a bad or contradictory prompt is answered at
 * once), then queued on a bounded pool that hands them to the studio. A full queue refuses with 429; nothing
 * accepted is lost: each ends done or failed with a message, and a stopping server cancels what it cannot finish.
 */
@Component(service = Generations.class, configurationPid = HttpSettings.PID)
public final class Generations {
    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);
    /** How long a stopping server lets running generations finish before cancelling them. */
    private static final long STOP_GRACE_SECONDS = 10;
    /** Finished generations remembered in memory; older ones are answered from their record on disk. */
    private static final int REMEMBERED = 500;

    private final Studio studio;
    private final PluginInventory inventory;
    private final PipelineRegistry pipelines;
    private final ResultStore store;
    private final ThreadPoolExecutor workers;
    private final int queueCapacity;
    private final Map<String, Generation> generations = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    /** A running mean of generation wall time, for the Retry-After a full queue answers with. */
    private volatile double meanRunMillis = 2000;

    @Activate
    public Generations(BundleContext context, HttpSettings settings, @Reference Studio studio,
            @Reference PluginInventory inventory, @Reference PipelineRegistry pipelines) throws IOException {
        this.studio = studio;
        this.pipelines = pipelines;
        this.inventory = inventory;
        this.store = new ResultStore(StudioAccess.folder(context).resolve("results"),
                TimeUnit.HOURS.toMillis(Math.max(1, settings.resultsMaxAgeHours())),
                Math.max(1, settings.resultsMaxMegabytes()) * 1048576L);
        int count = settings.workers() > 0 ? settings.workers() : Runtime.getRuntime().availableProcessors();
        this.queueCapacity = Math.max(1, settings.queue());
        this.workers = new ThreadPoolExecutor(count, count, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                r -> {
                    Thread t = new Thread(r, "riffwire-http-generation");
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        store.prune(Set.of());
    }

    @Deactivate
    void stop() {
        stopping = true;
        // What still waits is cancelled at once; what runs may finish within the grace, then is cancelled.
        for (Runnable waiting : workers.getQueue().toArray(new Runnable[0])) {
            workers.remove(waiting);
        }
        for (Generation g : generations.values()) {
            if (g.status() == Generation.Status.QUEUED) {
                g.cancellation().cancel();
                g.fail("cancelled", "the server stopped before this generation started");
                keepRecord(g);
            }
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                generations.values().forEach(g -> g.cancellation().cancel());
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Generation submit(GenerationForm form) throws ApiError {
        if (stopping) {
            throw new ApiError(503, "the server is stopping", 5, Map.of());
        }
        String pipeline = form.pipeline() == null || form.pipeline().isBlank() ? Studio.DEFAULT_PIPELINE : form.pipeline();
        Interpretation interpretation;
        try {
            interpretation = studio.interpret(form.toPrompt(), pipeline);
        } catch (InvalidPromptException e) {
            throw ApiError.badRequest(e.getMessage());
        } catch (SpecConflictException e) {
            throw contradiction(e);
        } catch (BusyException e) {
            throw new ApiError(503, e.getMessage(), retryAfter(), Map.of());
        } catch (BadRequestException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        List<String> formats = formats(form.formats(), pipeline);
        Generation g = new Generation(form, pipeline, formats, SpecJson.write(interpretation.spec(), Map.of()));
        try {
            // The folder exists from the start, so even a generation cancelled before it runs leaves its record.
            store.create(g.id());
        } catch (IOException e) {
            throw new ApiError(503, "cannot keep results: " + e.getMessage(), 30, Map.of());
        }
        generations.put(g.id(), g);
        try {
            workers.execute(() -> run(g));
        } catch (RejectedExecutionException e) {
            generations.remove(g.id());
            try {
                store.delete(g.id());
            } catch (IOException ignored) {
                // An empty folder; the next prune takes it.
            }
            throw new ApiError(429, "the queue is full: " + workers.getActiveCount() + " generations running and "
                    + workers.getQueue().size() + " waiting; try again shortly", retryAfter(),
                    Map.of("running", workers.getActiveCount(), "queued", workers.getQueue().size()));
        }
        return g;
    }

    private static ApiError contradiction(SpecConflictException e) {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Conflict c : e.conflicts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("first", c.first().provenance().describe());
            m.put("second", c.second().provenance().describe());
            m.put("field", c.first().field().name().toLowerCase(Locale.ROOT));
            m.put("reason", c.reason());
            conflicts.add(m);
        }
        return new ApiError(422, e.getMessage(), null, Map.of("conflicts", conflicts));
    }

    private int retryAfter() {
        int waiting = workers.getQueue().size() + workers.getActiveCount();
        double seconds = meanRunMillis / 1000.0 * Math.max(1, waiting) / Math.max(1, workers.getMaximumPoolSize());
        return (int) Math.max(1, Math.min(120, Math.ceil(seconds)));
    }

    /** The formats asked for, each one a renderer can write; none asked for: what suits the generator's output. */
    private List<String> formats(List<String> asked, String pipeline) throws ApiError {
        Set<String> available = new TreeSet<>();
        String produces = "score";
        String generator = null;
        for (PipelineInfo p : pipelines.list()) {
            if (p.name().equals(pipeline)) {
                generator = p.generator();
            }
        }
        for (PluginInfo p : inventory.plugins()) {
            if (p.kind().equals("renderer") && p.detail() != null && !p.detail().isBlank()) {
                available.add(p.detail());
            } else if (p.kind().equals("generator") && p.name().equals(generator)) {
                produces = p.detail();
            }
        }
        if (asked.isEmpty()) {
            List<String> defaults = produces.equals("audio") ? List.of("wav", "png") : List.of("mid", "wav", "abc");
            List<String> chosen = defaults.stream().filter(available::contains).toList();
            if (chosen.isEmpty()) {
                throw ApiError.badRequest("no renderer for " + String.join(" or ", defaults) + " is installed; "
                        + "name the formats to write (available: " + String.join(", ", available) + ")");
            }
            return chosen;
        }
        for (String f : asked) {
            if (!available.contains(f)) {
                throw ApiError.badRequest("unknown format '" + f + "': available formats are " + String.join(", ", available));
            }
        }
        return asked;
    }

    private void run(Generation g) {
        if (!g.start()) {
            keepRecord(g);
            return;
        }
        long start = System.nanoTime();
        try {
            Path folder = store.folder(g.id());
            String slug = slug(g.form().prompt(), g.form().image());
            List<Path> outputs = g.formats().stream().map(f -> folder.resolve(slug + "." + f)).toList();
            GenerationForm form = g.form();
            GenerationResult result = studio.generate(new GenerationRequest(form.toPrompt(), g.pipeline(), form.seed(),
                    outputs, form.verify(), g, g.cancellation()));
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("seed", result.seed());
            outcome.put("spec", new JsonText.Raw(SpecJson.write(result.piece().spec(), Map.of())));
            result.report().ifPresent(r -> {
                outcome.put("verify", new JsonText.Raw(AnalysisJson.write(r)));
                outcome.put("verified", r.passed());
            });
            List<Map<String, Object>> files = new ArrayList<>();
            for (Path file : result.files()) {
                files.add(fileEntry(g.id(), file));
            }
            outcome.put("files", files);
            Optional<Score> score = result.piece().score();
            if (score.isPresent()) {
                Files.writeString(folder.resolve(ResultStore.PIANO_ROLL), JsonText.write(pianoRoll(score.get())),
                        StandardCharsets.UTF_8);
                outcome.put("pianoRoll", "/api/generations/" + g.id() + "/piano-roll");
            }
            outcome.put("durationSeconds", seconds(result.piece()));
            g.succeed(outcome);
        } catch (CancellationException e) {
            g.fail("cancelled", g.cancellation().isCancelled() && stopping ? "the server stopped during this generation"
                    : "cancelled");
        } catch (InvalidPromptException | BadRequestException e) {
            g.fail("bad-input", e.getMessage());
        } catch (SpecConflictException | UnsatisfiableSpecException e) {
            g.fail("unsatisfiable", e.getMessage());
        } catch (IOException e) {
            g.fail("internal", "could not keep the result: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            if (g.cancellation().isCancelled()) {
                g.fail("cancelled", "cancelled");
            } else {
                LOG.warn("generation {} failed", g.id(), e);
                g.fail("internal", "internal error: " + e.getMessage());
            }
        } finally {
            double millis = (System.nanoTime() - start) / 1e6;
            meanRunMillis = 0.8 * meanRunMillis + 0.2 * millis;
            keepRecord(g);
        }
    }

    private static double seconds(Piece piece) {
        if (piece.audio().isPresent()) {
            return Math.round(piece.audio().get().seconds() * 100) / 100.0;
        }
        return piece.score().map(s -> Math.round(s.lengthSeconds() * 100) / 100.0).orElse(0.0);
    }

    /** Writes the finished generation's view beside its files, then forgets the oldest finished ones in memory. */
    private void keepRecord(Generation g) {
        try {
            if (Files.isDirectory(store.folder(g.id()))) {
                store.writeRecord(g.id(), JsonText.write(g.view()));
            }
            Set<String> live = new TreeSet<>();
            generations.values().stream().filter(x -> !x.isFinished()).forEach(x -> live.add(x.id()));
            store.prune(live);
        } catch (IOException e) {
            LOG.warn("could not keep the record of generation {}", g.id(), e);
        }
        if (generations.size() > REMEMBERED) {
            generations.values().stream().filter(Generation::isFinished).sorted(java.util.Comparator.comparing(
                    Generation::id)).limit(generations.size() - REMEMBERED).forEach(x -> generations.remove(x.id()));
        }
    }

    Optional<Generation> live(String id) {
        return Generation.isId(id) ? Optional.ofNullable(generations.get(id)) : Optional.empty();
    }

    /** The view of a generation in memory, else the record it left on disk. */
    Optional<Object> view(String id) {
        if (!Generation.isId(id)) {
            return Optional.empty();
        }
        Generation g = generations.get(id);
        if (g != null) {
            return Optional.of(g.view());
        }
        return store.record(id).map(JsonText.Raw::new);
    }

    /** A file of a generation, by its exact name in the generation's list: nothing else is ever served. */
    Optional<Path> file(String id, String name) {
        if (!Generation.isId(id) || name == null || !name.matches("[a-z0-9][a-z0-9-]{0,63}\\.[a-z0-9]{1,12}")) {
            return Optional.empty();
        }
        Generation g = generations.get(id);
        if (g != null && !g.isFinished()) {
            return Optional.empty();
        }
        Path folder = store.folder(id);
        Path file = folder.resolve(name).normalize();
        if (!file.getParent().equals(folder) || name.equals(ResultStore.RECORD) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    Optional<Path> pianoRoll(String id) {
        if (!Generation.isId(id)) {
            return Optional.empty();
        }
        Path file = store.folder(id).resolve(ResultStore.PIANO_ROLL);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Cancels a generation that has not ended, or deletes the files of one that has.
     *
     * @return whether there was such a generation
     */
    boolean cancelOrDelete(String id) throws IOException {
        if (!Generation.isId(id)) {
            return false;
        }
        Generation g = generations.get(id);
        if (g != null && !g.isFinished()) {
            g.cancellation().cancel();
            if (g.status() == Generation.Status.QUEUED) {
                g.fail("cancelled", "cancelled before it started");
                keepRecord(g);
            }
            return true;
        }
        boolean existed = g != null || store.record(id).isPresent();
        generations.remove(id);
        store.delete(id);
        return existed;
    }

    /** Figures for the page's header and for load tests. */
    Map<String, Object> load() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workers", workers.getMaximumPoolSize());
        m.put("running", workers.getActiveCount());
        m.put("queued", workers.getQueue().size());
        m.put("queueCapacity", queueCapacity);
        return m;
    }

    private static Map<String, Object> fileEntry(String id, Path file) throws IOException {
        String name = file.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("format", format);
        m.put("url", "/api/generations/" + id + "/files/" + name);
        m.put("bytes", Files.size(file));
        m.put("contentType", MediaTypes.of(name));
        return m;
    }

    /** The notes of every track in seconds, for the page's piano roll. */
    static Map<String, Object> pianoRoll(Score score) {
        double spt = score.secondsPerTick();
        List<Map<String, Object>> tracks = new ArrayList<>();
        for (Track t : score.tracks()) {
            List<List<Object>> notes = new ArrayList<>();
            for (Note n : t.notes()) {
                notes.add(List.of(n.pitch(), Math.round(n.startTick() * spt * 1000) / 1000.0,
                        Math.round(n.durationTicks() * spt * 1000) / 1000.0, n.velocity()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("program", t.program());
            m.put("drums", t.isDrums());
            m.put("notes", notes);
            tracks.add(m);
        }
        Map<String, Object> roll = new LinkedHashMap<>();
        roll.put("seconds", Math.round(score.lengthSeconds() * 1000) / 1000.0);
        roll.put("tempo", score.tempoBpm());
        roll.put("tracks", tracks);
        return roll;
    }

    /** A file name from the prompt's first words, so downloads say what they are. */
    static String slug(String prompt, org.riffwire.api.Attachment image) {
        String source = prompt.isBlank() && image != null ? image.fileName() : prompt;
        String s = java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) {
            s = s.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "riffwire" : s;
    }
}
