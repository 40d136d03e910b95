// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.dsp.spectral.LogMelCodec;
import org.riffwire.generator.diffusion.flow.MelFlowCondition;
import org.riffwire.generator.diffusion.flow.MelFlowModel;
import org.riffwire.generator.diffusion.flow.MelFlowPipeline;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.onnx.text.SentenceEmbedder;

import ai.onnxruntime.OrtException;

/**
 * Sound from Riffwire's own mel-flow model, for the generators that use it (text to sound, and the hybrid's
 * reshaping of a rendered score): the prompt embedded by the sentence-embedding model, the condition, the windows,
 * and Griffin-Lim back to audio. A component of this bundle, the one home of the two generators' model references;
 * it keeps the last model's adapter, embedder and codec, which take a moment to build.
 */
@Component(service = OwnModel.class)
public final class OwnModel {
    static final int MAX_STEPS = 200;
    /** A loop's end is cross-faded into its start over this long. */
    static final double LOOP_FADE_SECONDS = 0.5;
    static final double END_FADE_SECONDS = 0.02;

    private record Loaded(OnnxModel flow, OnnxModel text, MelFlowModel model, SentenceEmbedder embedder, LogMelCodec codec) {
    }

    private volatile Loaded loaded;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(riffwire.model.kind=" + MelFlowModel.KIND + ")")
    private final List<OnnxModel> models = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(riffwire.model.kind=sentence-embedding)")
    private final List<OnnxModel> embedders = new CopyOnWriteArrayList<>();

    /** How to sample: steps, guidance, and for an init clip how far from it to start. */
    record Settings(int steps, double guidance, double strength, boolean loop) {
        static Settings of(GeneratorOptions options, double defaultStrength) throws UnsatisfiableSpecException {
            return new Settings(options.integer("steps", 24, 1, MAX_STEPS), options.number("guidance", 3, 0, 20),
                    options.number("strength", defaultStrength, 0, 1), options.yes("loop"));
        }
    }

    /** The mel-flow model to use: the one named, else the first by name. */
    OnnxModel flow(String name) throws UnsatisfiableSpecException {
        return PaintedSound.choose(models, name, "mel-flow model", " (the runtime ships riffwire-mel-flow in the "
                + "org.riffwire.model-melflow bundle; riffwire models lists what is there)");
    }

    private OnnxModel text() throws UnsatisfiableSpecException {
        return PaintedSound.choose(embedders, null, "sentence-embedding model", ", and the mel-flow model is conditioned "
                + "on one (the runtime ships all-MiniLM-L6-v2 in org.riffwire.model-minilm)");
    }

    /** The installed mel-flow models, or what is missing. */
    String status() {
        List<String> names = PaintedSound.sorted(models).stream().map(m -> m.descriptor().name()).toList();
        if (names.isEmpty()) {
            return "no mel-flow model installed";
        }
        return (embedders.isEmpty() ? "no sentence-embedding model; " : "") + "models: " + String.join(", ", names);
    }

    private Loaded load(OnnxModel flow, OnnxModel text) throws IOException, UnsatisfiableSpecException {
        Loaded l = loaded;
        if (l != null && l.flow() == flow && l.text() == text) {
            return l;
        }
        MelFlowModel model;
        try {
            model = new MelFlowModel(flow);
        } catch (IllegalArgumentException e) {
            // Its representation is not one this runtime reads, as the diffusion generator says of a foreign export.
            throw new UnsatisfiableSpecException("model " + flow.descriptor().name() + " cannot be used: " + e.getMessage());
        }
        l = new Loaded(flow, text, model, new SentenceEmbedder(text), new LogMelCodec(model.representation()));
        loaded = l;
        return l;
    }

    /**
     * A loop's frames (period {@code mel.length}) stretched in time to {@code loopFrames} (at most a few percent),
     * so that its period is the loop's exact length, and continued {@code extra} frames past it from its start.
     */
    static float[][] stretchedLoop(float[][] mel, double loopFrames, int extra) {
        int period = mel.length;
        float[][] out = new float[(int) Math.ceil(loopFrames) + extra][mel[0].length];
        for (int j = 0; j < out.length; j++) {
            double u = j * period / loopFrames;
            int a = (int) Math.floor(u);
            double w = u - a;
            float[] x = mel[a % period];
            float[] y = mel[(a + 1) % period];
            for (int m = 0; m < x.length; m++) {
                out[j][m] = (float) ((1 - w) * x[m] + w * y[m]);
            }
        }
        return out;
    }

    /** A clip as the model's init spectrogram (img2img): computed once for all the draws that start from it. */
    float[][] initMel(OnnxModel flow, AudioClip clip) throws IOException, UnsatisfiableSpecException {
        return load(flow, text()).codec().encode(clip);
    }

    /**
     * {@code seconds} of sound for a prompt and its spec, from an init spectrogram ({@link #initMel}) when one is
     * given, looped if asked: then the tempo is nudged so that whole beats fill the loop.
     */
    AudioClip sound(OnnxModel flow, String prompt, MusicSpec spec, double seconds, float[][] initMel, Settings s, long seed,
            GenerationContext context) throws IOException, OrtException, ModelUnavailableException, UnsatisfiableSpecException {
        Loaded l = load(flow, text());
        LogMelCodec.Parameters p = l.model().representation();
        float[] embedding = l.embedder().embed(prompt);
        if (embedding.length != l.model().embeddingLength()) {
            throw new IllegalStateException("the sentence-embedding model gives " + embedding.length + " numbers; "
                    + l.model().name() + " was trained on " + l.model().embeddingLength());
        }
        int samples = (int) Math.round(seconds * p.sampleRate());
        int frames = (int) Math.ceil((double) samples / p.hop()) + 1;
        MelFlowPipeline pipeline = new MelFlowPipeline(l.model());
        int period = pipeline.length(frames);
        double tempo = spec.tempo().orElse(0.0);
        if (s.loop() && tempo > 0) {
            // Whole beats in the loop: drawn over the period's frames, then stretched to the loop's length.
            tempo = Math.max(1, Math.round(seconds * tempo / 60)) * 60 / (period * p.secondsPerFrame());
        }
        MelFlowPipeline.Request request = new MelFlowPipeline.Request(MelFlowCondition.of(embedding, spec), tempo, frames,
                s.loop(), initMel, s.strength(), s.steps(), s.guidance(), seed);
        float[][] mel = pipeline.run(request, (fraction, step) -> {
            context.checkCancelled();
            context.progress(0.9 * fraction, step);
        });
        context.progress(0.92, "turning the spectrogram into sound");
        int fade = (int) Math.round(LOOP_FADE_SECONDS * p.sampleRate());
        if (s.loop()) {
            mel = stretchedLoop(mel, (double) samples / p.hop(), fade / p.hop() + 2);
        }
        float[] signal = l.codec().decode(mel, seed).channel(0);
        if (s.loop()) {
            return new AudioClip(p.sampleRate(), new float[][] {Loops.crossfade(signal, samples, fade)});
        }
        // Cut where the length ends, mid-sound: a 20 ms fade keeps the cut from clicking.
        return Loops.fadedOut(new AudioClip(p.sampleRate(), new float[][] {signal}), seconds, END_FADE_SECONDS);
    }
}
