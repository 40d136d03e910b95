// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.Renderer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.Reading;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.Studio;

/**
 * The front door: validate, interpret, merge, generate (on the {@link GenerationRunner}), render, listen (through
 * {@link Listening}). Pipelines come from the {@link PipelineRegistryImpl}.
 */
@Component(service = Studio.class)
public final class StudioImpl implements Studio {
    private static final long PIPELINE_GRACE_MILLIS = 5_000;

    private final PipelineRegistryImpl registry;
    private final GenerationRunner runner;
    private final Listening listening;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, Renderer>> renderers;

    @Activate
    public StudioImpl(@Reference PipelineRegistryImpl registry, @Reference GenerationRunner runner,
            @Reference Listening listening) {
        this.registry = registry;
        this.runner = runner;
        this.listening = listening;
    }

    @Override
    public Interpretation interpret(Prompt prompt, String pipelineName)
            throws InvalidPromptException, SpecConflictException, BadRequestException {
        return interpret(RequestValidation.prompt(prompt), pipeline(pipelineName));
    }

    private Interpretation interpret(Prompt prompt, Pipeline pipeline)
            throws InvalidPromptException, SpecConflictException, BadRequestException {
        RequestValidation.readable(prompt, pipeline);
        List<SpecPatch> patches = new ArrayList<>();
        for (Map.Entry<String, PromptInterpreter> interpreter : pipeline.interpreters()) {
            if (pipeline.readsOnlyUnreadWords(interpreter.getKey()) && UnreadWords.allRead(prompt.text(), patches)) {
                continue;
            }
            try {
                patches.add(interpreter.getValue().interpret(prompt));
            } catch (RuntimeException e) {
                throw new IllegalStateException("interpreter '" + interpreter.getKey() + "' failed: " + e, e);
            }
        }
        SpecPatch overrides = RequestValidation.overrides(prompt, pipeline.generatorOptions());
        if (!overrides.isEmpty()) {
            patches.add(overrides);
        }
        patches.add(pipeline.settings());
        patches.add(RuntimeDefaults.patch());
        return new Interpretation(MusicSpec.merge(patches), patches);
    }

    @Override
    public GenerationResult generate(GenerationRequest request) throws InvalidPromptException, SpecConflictException,
            UnsatisfiableSpecException, BadRequestException {
        long start = System.nanoTime();
        Prompt prompt = RequestValidation.prompt(request.prompt());
        Pipeline pipeline = pipeline(request.pipeline());
        List<Path> outputs = request.outputs().isEmpty() ? List.of(DefaultOutput.of(prompt, pipeline.produces())) : request.outputs();
        try (OutputPlan plan = OutputPlan.prepare(outputs, renderersFor(pipeline))) {
            Made made = make(prompt, pipeline, request);
            request.progress().progress(0.8, "rendering");
            List<Path> files;
            try {
                files = plan.write(made.piece(), request.renderSettings());
            } catch (IOException e) {
                throw new BadRequestException("could not write the output: " + e.getMessage(), e);
            }
            return finish(request, made, files, start);
        }
    }

    @Override
    public GenerationResult generate(GenerationRequest request, Map<String, ? extends OutputStream> streamsByFormat)
            throws InvalidPromptException, SpecConflictException, UnsatisfiableSpecException, BadRequestException {
        long start = System.nanoTime();
        Prompt prompt = RequestValidation.prompt(request.prompt());
        Pipeline pipeline = pipeline(request.pipeline());
        Map<String, Renderer> available = renderersFor(pipeline);
        Map<String, Renderer> chosen = new TreeMap<>();
        for (String format : streamsByFormat.keySet()) {
            Renderer r = available.get(format.toLowerCase(Locale.ROOT));
            if (r == null) {
                throw new BadRequestException("unknown output format '" + format + "': available formats are "
                        + String.join(", ", available.keySet()));
            }
            chosen.put(format, r);
        }
        Made made = make(prompt, pipeline, request);
        request.progress().progress(0.8, "rendering");
        for (Map.Entry<String, Renderer> e : chosen.entrySet()) {
            OutputStream out = streamsByFormat.get(e.getKey());
            try {
                e.getValue().render(made.piece(), out, request.renderSettings());
                out.flush();
            } catch (IOException ex) {
                throw new BadRequestException("could not write the " + e.getKey() + " output: " + ex.getMessage(), ex);
            }
        }
        return finish(request, made, List.of(), start);
    }

    private record Made(Piece piece, long seed) {
    }

    private Made make(Prompt prompt, Pipeline pipeline, GenerationRequest request)
            throws InvalidPromptException, SpecConflictException, UnsatisfiableSpecException, BadRequestException {
        Interpretation interpretation = interpret(prompt, pipeline);
        long seed = request.seed() != null ? request.seed() : Seeds.of(prompt);
        request.progress().progress(0.0, "generating");
        List<Reading> readings = interpretation.patches().stream().flatMap(p -> p.readings().stream()).toList();
        GenerationContext context = new Context(seed, prompt, readings, RequestValidation.options(prompt, pipeline), request);
        Piece piece = runner.run(new GenerationRunner.Job(pipeline.generatorName(), pipeline.generator(),
                pipeline.generatorTimeout(), interpretation.spec(), context), request.cancellation());
        return new Made(piece, seed);
    }

    private GenerationResult finish(GenerationRequest request, Made made, List<Path> files, long start)
            throws BadRequestException, UnsatisfiableSpecException {
        Optional<AdherenceReport> report = Optional.empty();
        if (request.verify()) {
            request.progress().progress(0.9, "listening");
            report = Optional.of(listening.verify(made.piece(), files, request.renderSettings()));
        }
        request.progress().progress(1.0, "done");
        return new GenerationResult(made.piece(), made.seed(), files, (System.nanoTime() - start) / 1_000_000, report);
    }

    /** What a generation gives its generator: progress scaled into the first 80%, cancellation from the request. */
    private record Context(long seed, Prompt prompt, List<Reading> readings, Map<String, String> options,
            GenerationRequest request) implements GenerationContext {
        @Override
        public void progress(double fraction, String step) {
            request.progress().progress(Math.max(0, Math.min(1, fraction)) * 0.8, step);
        }

        @Override
        public boolean isCancelled() {
            return request.cancellation().isCancelled() || Thread.currentThread().isInterrupted();
        }
    }

    @Override
    public AudioAnalysis analyze(Path audioFile) throws BadRequestException {
        return listening.analyze(audioFile);
    }

    /**
     * The running pipeline of that name. One that is configured but not (or momentarily not) active, such as the
     * default one while the runtime starts or one whose generator bundle is being updated, gets a grace period.
     */
    private Pipeline pipeline(String name) throws BadRequestException {
        long deadline = System.nanoTime() + PIPELINE_GRACE_MILLIS * 1_000_000;
        Optional<Pipeline> found = registry.active(name);
        // Whether it is configured is asked of ConfigAdmin once, not on every round of the wait.
        boolean configured = found.isPresent() || name.equals(DEFAULT_PIPELINE) || registry.isConfigured(name);
        while (found.isEmpty() && configured && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = registry.active(name);
        }
        if (found.isPresent()) {
            return found.get();
        }
        for (var info : registry.list()) {
            if (info.name().equals(name)) {
                throw new BadRequestException("pipeline '" + name + "' cannot run: " + info.problem());
            }
        }
        throw new BadRequestException("no pipeline named '" + name + "'; pipelines: "
                + String.join(", ", registry.list().stream().map(p -> p.name()).toList()));
    }

    /** The renderers a pipeline may use: those of its formats, or all when it names none. */
    private Map<String, Renderer> renderersFor(Pipeline pipeline) {
        Map<String, Renderer> byFormat = new TreeMap<>();
        List<Map.Entry<Map<String, Object>, Renderer>> current = renderers;
        // Ranking order: the first renderer seen for a format is the highest ranked.
        for (Map.Entry<Map<String, Object>, Renderer> e : current == null ? List.<Map.Entry<Map<String, Object>, Renderer>>of() : current) {
            Object format = e.getKey().get("riffwire.format");
            if (format != null) {
                byFormat.putIfAbsent(format.toString().toLowerCase(Locale.ROOT), e.getValue());
            }
        }
        if (!pipeline.renderers().isEmpty()) {
            byFormat.keySet().retainAll(pipeline.renderers().stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
        }
        return byFormat;
    }
}
