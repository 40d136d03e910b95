// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.Renderer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.AudioAnalyzer;
import org.riffwire.api.analysis.Verifier;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineInfo;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.Studio;

/** Runs prompts through pipelines: validate, interpret, merge, generate, render. */
@Component(service = Studio.class)
public final class StudioImpl implements Studio {
    private static final long PIPELINE_GRACE_MILLIS = 5_000;

    /** Framework property: seconds a generation may take before it is cancelled (default 120). */
    static final String TIMEOUT_PROPERTY = "riffwire.generation.timeout";

    private volatile BundleContext bundleContext;
    private volatile long timeoutSeconds = 120;
    private final java.util.concurrent.ExecutorService generations = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "riffwire-generation");
        t.setDaemon(true);
        return t;
    });

    @Activate
    void activate(BundleContext context) {
        this.bundleContext = context;
        String timeout = context.getProperty(TIMEOUT_PROPERTY);
        if (timeout != null && timeout.strip().matches("\\d+")) {
            this.timeoutSeconds = Long.parseLong(timeout.strip());
        }
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        generations.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<Pipeline> pipelines = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, Renderer>> renderers;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<PromptInterpreter>> interpreterRefs;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Generator>> generatorRefs;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Renderer>> rendererRefs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConfigurationAdmin configAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Verifier verifier;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PipelineFileProblems pipelineFileProblems;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AudioAnalyzer analyzer;

    @Override
    public Interpretation interpret(String prompt, String pipelineName)
            throws InvalidPromptException, SpecConflictException, BadRequestException {
        return interpret(prompt, pipeline(pipelineName));
    }

    private Interpretation interpret(String text, Pipeline pipeline) throws InvalidPromptException, SpecConflictException {
        Prompt prompt = validate(text);
        List<SpecPatch> patches = new ArrayList<>();
        for (Map.Entry<String, PromptInterpreter> interpreter : pipeline.interpreters()) {
            try {
                patches.add(interpreter.getValue().interpret(prompt));
            } catch (RuntimeException e) {
                throw new IllegalStateException("interpreter '" + interpreter.getKey() + "' failed: " + e, e);
            }
        }
        patches.add(pipeline.settings());
        patches.add(RuntimeDefaults.patch());
        return new Interpretation(MusicSpec.merge(patches), patches);
    }

    @Override
    public GenerationResult generate(GenerationRequest request) throws InvalidPromptException, SpecConflictException,
            UnsatisfiableSpecException, BadRequestException {
        long start = System.nanoTime();
        Pipeline pipeline = pipeline(request.pipeline());
        Interpretation interpretation = interpret(request.prompt(), pipeline);
        long seed = request.seed() != null ? request.seed() : Seeds.fromPrompt(request.prompt());
        try (OutputPlan plan = OutputPlan.prepare(request.outputs(), renderersFor(pipeline))) {
            request.progress().accept(0.0, "generating");
            Piece piece = runGenerator(pipeline, interpretation, seed, request);
            request.progress().accept(0.8, "rendering");
            List<Path> files;
            try {
                files = plan.write(piece);
            } catch (IOException e) {
                throw new BadRequestException("could not write the output: " + e.getMessage(), e);
            }
            Optional<AdherenceReport> report = Optional.empty();
            if (request.verify()) {
                request.progress().accept(0.9, "listening");
                report = Optional.of(verify(piece, files));
            }
            request.progress().accept(1.0, "done");
            return new GenerationResult(piece, seed, files, (System.nanoTime() - start) / 1_000_000, report);
        }
    }

    /**
     * Listens to the piece: the mix (the written WAV when there is one, else rendered in memory) and, when the
     * spec limits pitches, each single-line part rendered alone, so its pitches can be tracked one by one.
     */
    private AdherenceReport verify(Piece piece, List<Path> files) throws BadRequestException, UnsatisfiableSpecException {
        Verifier currentVerifier = verifier;
        if (currentVerifier == null) {
            throw new BadRequestException("verification needs the dsp bundle (org.riffwire.dsp), which is not running");
        }
        Renderer wav = renderersByFormat().get("wav");
        if (wav == null && piece.audio().isEmpty()) {
            throw new BadRequestException("verification listens to the piece and needs the WAV renderer, which is not running");
        }
        AudioClip mix;
        Optional<Path> written = files.stream().filter(f -> OutputPlan.extension(f).equals("wav")).findFirst();
        if (piece.audio().isPresent()) {
            mix = piece.audio().get();
        } else if (written.isPresent()) {
            mix = AudioFiles.read(written.get());
        } else {
            mix = renderAudio(wav, piece);
        }
        Map<String, AudioClip> stems = new LinkedHashMap<>();
        boolean pitchLimited = piece.spec().get(SpecField.PITCH_SET).isPresent()
                || piece.spec().get(SpecField.MELODY_PITCH_SET).isPresent();
        if (pitchLimited && wav != null && piece.score().isPresent()) {
            Score score = piece.score().get();
            for (Track track : score.tracks()) {
                if (!track.isDrums() && isSingleLine(track)) {
                    Score alone = new Score(score.ppq(), score.tempoBpm(), score.meter(), score.key(), List.of(track),
                            score.lengthTicks());
                    stems.put(track.name(), renderAudio(wav, Piece.ofScore(piece.spec(), alone, Map.of())));
                }
            }
        }
        return currentVerifier.verify(piece.spec(), piece, mix, stems);
    }

    private static boolean isSingleLine(Track track) {
        long end = 0;
        for (Note n : track.notes()) {
            if (n.startTick() < end) {
                return false;
            }
            end = n.endTick();
        }
        return !track.notes().isEmpty();
    }

    private static AudioClip renderAudio(Renderer wav, Piece piece) throws BadRequestException, UnsatisfiableSpecException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            wav.render(piece, bytes);
        } catch (IOException e) {
            throw new BadRequestException("could not render audio to listen to: " + e.getMessage(), e);
        }
        return AudioFiles.decode(bytes.toByteArray(), "the rendered audio");
    }

    @Override
    public AudioAnalysis analyze(Path audioFile) throws BadRequestException {
        AudioAnalyzer current = analyzer;
        if (current == null) {
            throw new BadRequestException("analysis needs the dsp bundle (org.riffwire.dsp), which is not running");
        }
        return current.analyze(AudioFiles.read(audioFile));
    }

    /**
     * Runs the generator on a worker thread so that one that hangs can be cancelled after the timeout; a
     * generator that throws fails only this request, with a message naming it.
     */
    private Piece runGenerator(Pipeline pipeline, Interpretation interpretation, long seed, GenerationRequest request)
            throws UnsatisfiableSpecException {
        java.util.concurrent.Future<Piece> future = generations.submit(
                () -> pipeline.generator().generate(interpretation.spec(), context(seed, request)));
        try {
            return future.get(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException("generator '" + pipeline.generatorName() + "' did not finish within "
                    + timeoutSeconds + " s and was cancelled");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the generation was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnsatisfiableSpecException u) {
                throw u;
            }
            throw new IllegalStateException("generator '" + pipeline.generatorName() + "' failed: " + cause, cause);
        }
    }

    private static GenerationContext context(long seed, GenerationRequest request) {
        return new GenerationContext() {
            @Override
            public long seed() {
                return seed;
            }

            @Override
            public void progress(double fraction, String step) {
                request.progress().accept(fraction * 0.8, step);
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }

    static Prompt validate(String text) throws InvalidPromptException {
        if (text == null || text.isBlank()) {
            throw new InvalidPromptException("the prompt is empty: describe the music, e.g. \"a calm piano waltz in A minor, 30 seconds\"");
        }
        if (text.length() > Prompt.MAX_LENGTH) {
            throw new InvalidPromptException("the prompt is " + text.length() + " characters long; the limit is "
                    + Prompt.MAX_LENGTH);
        }
        return new Prompt(text.strip());
    }

    private Pipeline pipeline(String name) throws BadRequestException {
        // A pipeline that is configured but not yet (or momentarily not) active, such as the default one while
        // the runtime starts or a pipeline whose generator bundle is being updated, gets a bounded grace period.
        long deadline = System.nanoTime() + PIPELINE_GRACE_MILLIS * 1_000_000;
        boolean configured = false;
        for (int round = 0; ; round++) {
            for (Pipeline p : pipelines) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
            // Whether it is configured is asked of ConfigAdmin once, not on every round of the wait.
            if (round == 0) {
                configured = name.equals(DEFAULT_PIPELINE)
                        || pipelines().stream().anyMatch(info -> info.name().equals(name));
            }
            if (!configured || System.nanoTime() > deadline) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (PipelineInfo info : pipelines()) {
            if (info.name().equals(name)) {
                throw new BadRequestException("pipeline '" + name + "' cannot run: " + info.problem());
            }
        }
        throw new BadRequestException("no pipeline named '" + name + "'; pipelines: "
                + String.join(", ", pipelines().stream().map(PipelineInfo::name).toList()));
    }

    /** The renderers a pipeline may use: those of its formats, or all when it names none. */
    private Map<String, Renderer> renderersFor(Pipeline pipeline) {
        Map<String, Renderer> all = renderersByFormat();
        if (pipeline.renderers().isEmpty()) {
            return all;
        }
        Map<String, Renderer> allowed = new TreeMap<>(all);
        allowed.keySet().retainAll(pipeline.renderers().stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).toList());
        return allowed;
    }

    private Map<String, Renderer> renderersByFormat() {
        Map<String, Renderer> byFormat = new TreeMap<>();
        List<Map.Entry<Map<String, Object>, Renderer>> current = renderers;
        if (current != null) {
            // Ranking order: the first renderer seen for a format is the highest ranked.
            for (Map.Entry<Map<String, Object>, Renderer> e : current) {
                Object format = e.getKey().get("riffwire.format");
                if (format != null) {
                    byFormat.putIfAbsent(format.toString().toLowerCase(java.util.Locale.ROOT), e.getValue());
                }
            }
        }
        return byFormat;
    }

    @Override
    public List<PipelineInfo> pipelines() {
        Map<String, PipelineInfo> byName = new TreeMap<>();
        for (Pipeline p : pipelines) {
            byName.put(p.name(), new PipelineInfo(p.name(),
                    p.interpreters().stream().map(Map.Entry::getKey).toList(), p.generatorName(), true, null));
        }
        ConfigurationAdmin cm = configAdmin;
        if (cm != null) {
            try {
                Configuration[] configs = cm.listConfigurations(
                        "(service.factoryPid=" + PipelineProperties.FACTORY_PID + ")");
                for (Configuration c : configs == null ? new Configuration[0] : configs) {
                    Object name = c.getProperties().get("name");
                    if (name == null || byName.containsKey(name.toString())) {
                        continue;
                    }
                    List<String> interpreters = names(c.getProperties().get("interpreters"));
                    String generator = String.valueOf(c.getProperties().get("generator"));
                    byName.put(name.toString(), new PipelineInfo(name.toString(), interpreters, generator, false,
                            missingParts(interpreters, generator)));
                }
            } catch (IOException | InvalidSyntaxException e) {
                throw new IllegalStateException("cannot list pipeline configurations: " + e.getMessage(), e);
            }
        }
        PipelineFileProblems files = pipelineFileProblems;
        if (files != null) {
            for (Map.Entry<Path, String> broken : files.all().entrySet()) {
                String name = PipelineFiles.name(broken.getKey());
                if (!byName.containsKey(name)) {
                    byName.put(name, new PipelineInfo(name, List.of(), "?", false,
                            "conf/" + broken.getKey().getFileName() + ": " + broken.getValue()));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private String missingParts(List<String> interpreters, String generator) {
        List<String> missing = new ArrayList<>();
        List<String> present = names(interpreterRefs);
        for (String i : interpreters) {
            if (!present.contains(i)) {
                missing.add("interpreter '" + i + "'");
            }
        }
        if (!names(generatorRefs).contains(generator)) {
            missing.add("generator '" + generator + "'");
        }
        return missing.isEmpty() ? "starting" : "missing " + String.join(", ", missing);
    }

    private static List<String> names(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        if (value instanceof List<?> refs) {
            List<String> out = new ArrayList<>();
            for (Object o : refs) {
                if (o instanceof ServiceReference<?> ref) {
                    out.add(String.valueOf(ref.getProperty("riffwire.name")));
                }
            }
            return out;
        }
        return List.of();
    }

    @Override
    public void savePipeline(PipelineDefinition definition) throws BadRequestException {
        try {
            PipelineSettings.patch(definition.name(), definition.settings());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        try {
            Configuration config = configAdmin().getFactoryConfiguration(PipelineProperties.FACTORY_PID, definition.name(), "?");
            config.update(PipelineProperties.of(definition));
        } catch (IOException e) {
            throw new BadRequestException("cannot save pipeline " + definition.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean deletePipeline(String name) throws BadRequestException {
        Configuration config = configuration(name);
        if (config == null) {
            return false;
        }
        try {
            config.delete();
            return true;
        } catch (IOException e) {
            throw new BadRequestException("cannot delete pipeline " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PipelineDefinition> pipelineDefinition(String name) throws BadRequestException {
        Configuration config = configuration(name);
        if (config == null) {
            return Optional.empty();
        }
        java.util.Dictionary<String, Object> p = config.getProperties();
        return Optional.of(new PipelineDefinition(name, names(p.get("interpreters")), String.valueOf(p.get("generator")),
                names(p.get("renderers")), Pipeline.parse(p.get("settings") instanceof String[] a ? a : new String[0])));
    }

    private Configuration configuration(String name) throws BadRequestException {
        try {
            Configuration[] configs = configAdmin().listConfigurations("(&(service.factoryPid="
                    + PipelineProperties.FACTORY_PID + ")(name=" + PipelineProperties.escape(name) + "))");
            return configs == null || configs.length == 0 ? null : configs[0];
        } catch (IOException | InvalidSyntaxException e) {
            throw new BadRequestException("cannot read pipeline configurations: " + e.getMessage(), e);
        }
    }

    private ConfigurationAdmin configAdmin() throws BadRequestException {
        ConfigurationAdmin cm = configAdmin;
        if (cm == null) {
            throw new BadRequestException("pipelines are kept by ConfigAdmin, which is not running");
        }
        return cm;
    }

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> out = new ArrayList<>();
        addPlugins(out, "interpreter", interpreterRefs);
        addPlugins(out, "generator", generatorRefs);
        addPlugins(out, "renderer", rendererRefs);
        BundleContext context = bundleContext;
        if (context != null) {
            out.addAll(PluginFolder.problems(context));
        }
        out.sort(Comparator.comparing(PluginInfo::kind).thenComparing(PluginInfo::name));
        return out;
    }

    private void addPlugins(List<PluginInfo> out, String kind, List<? extends ServiceReference<?>> refs) {
        if (refs == null) {
            return;
        }
        for (ServiceReference<?> ref : refs) {
            Bundle bundle = ref.getBundle();
            Object format = ref.getProperty("riffwire.format");
            out.add(new PluginInfo(kind, String.valueOf(ref.getProperty("riffwire.name")),
                    format == null ? "" : format.toString(),
                    bundle == null ? "?" : bundle.getSymbolicName(),
                    bundle == null ? "?" : bundle.getVersion().toString(),
                    bundle == null ? "gone" : status(ref)));
        }
    }

    /** The plug-in's own status line; a plug-in that fails to say is reported as failing. */
    private String status(ServiceReference<?> ref) {
        BundleContext context = bundleContext;
        Object service = context == null ? null : context.getService(ref);
        if (service == null) {
            return "gone";
        }
        try {
            if (service instanceof Renderer r) {
                return r.status();
            }
            if (service instanceof Generator g) {
                return g.status();
            }
            if (service instanceof PromptInterpreter i) {
                return i.status();
            }
            return "ready";
        } catch (RuntimeException e) {
            return "failing: " + e.getMessage();
        } finally {
            context.ungetService(ref);
        }
    }
}
