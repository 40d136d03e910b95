// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.onnx.api.OnnxModel;

/**
 * Reads a prompt's mood and style with sentence embeddings: the nearest style tags and a valence/arousal
 * estimate become inferred musical values. Without a sentence-embedding model (missing or broken) it reads
 * nothing, says why in its status, and the pipeline runs on the other interpreters.
 */
@Component(service = PromptInterpreter.class, property = {"riffwire.name=semantic", "service.ranking:Integer=50"})
public final class SemanticInterpreter implements PromptInterpreter {
    static final String HOME_PROPERTY = "riffwire.home";

    private volatile OnnxModel model;

    private final Path cacheFolder;
    private Loaded loaded;
    private String problem;

    /** The embedder and vocabulary built for one model instance. */
    private record Loaded(OnnxModel model, SentenceEmbedder embedder, Vocabulary vocabulary) {
    }

    @Activate
    public SemanticInterpreter(BundleContext context) {
        String home = context.getProperty(HOME_PROPERTY);
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".riffwire");
        this.cacheFolder = base.resolve("cache").resolve("semantic");
    }

    /**
     * A new model is prepared at once on a background thread (its session and the vocabulary's vectors take
     * most of a second), so that the first prompt rarely waits for it.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(riffwire.model.kind=sentence-embedding)")
    void bindModel(OnnxModel m) {
        this.model = m;
        Thread preload = new Thread(this::preload, "riffwire-semantic-preload");
        preload.setDaemon(true);
        preload.start();
    }

    private void preload() {
        try {
            load();
        } catch (Throwable stopping) {
            // The runtime stopped while the model was loading (a one-shot command that did not need it):
            // its bundles are gone, and there is nothing left to prepare for.
        }
    }

    void unbindModel(OnnxModel m) {
        if (this.model == m) {
            this.model = null;
        }
    }

    @Override
    public SpecPatch interpret(Prompt prompt) {
        Loaded current = load();
        if (current == null) {
            return SpecPatch.empty(MusicalMapping.NAME);
        }
        try {
            return MusicalMapping.patch(Reading.of(current.embedder().embed(prompt.text()), current.vocabulary()));
        } catch (Exception e) {
            synchronized (this) {
                problem = "the model failed: " + e.getMessage();
            }
            return SpecPatch.empty(MusicalMapping.NAME);
        }
    }

    private synchronized Loaded load() {
        OnnxModel m = model;
        if (m == null) {
            problem = "no sentence-embedding model is installed (the org.riffwire.model-minilm bundle, or a model in "
                    + "the models folder)";
            return null;
        }
        if (loaded != null && loaded.model() == m) {
            return loaded;
        }
        try {
            SentenceEmbedder embedder = new SentenceEmbedder(m);
            String key = m.descriptor().name() + "@" + m.descriptor().version();
            loaded = new Loaded(m, embedder, Vocabulary.load(key, embedder::embed, cacheFolder));
            problem = null;
            return loaded;
        } catch (Exception e) {
            problem = "model " + m.descriptor().name() + " cannot be used: " + e.getMessage();
            return null;
        }
    }

    @Override
    public synchronized String status() {
        OnnxModel m = model;
        if (m == null) {
            return "unavailable: no sentence-embedding model is installed";
        }
        if (problem != null) {
            return "unavailable: " + problem;
        }
        return "model " + m.descriptor().name() + " " + m.descriptor().version() + ": " + m.status();
    }
}
