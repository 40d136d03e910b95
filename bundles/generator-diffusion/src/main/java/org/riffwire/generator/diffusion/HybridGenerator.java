// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.analysis.Verifier;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Score;
import org.riffwire.api.propertytypes.Honours;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.propertytypes.Options;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.Reading;
import org.riffwire.api.Synthesizer;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OrtException;

/**
 * The score from the symbolic generator, the sound from the mel-flow model: the score is rendered by the
 * runtime's synthesizer, its spectrogram noised to {@code strength} (0.35) and redrawn by the model under the
 * prompt (img2img), and the result is heard by the verifier. Every check the plain render passes must pass in
 * the redrawn sound (pitch set, tempo, key, duration, as heard from the audio); where one fails, the strength is
 * halved and the sound redrawn with the next seed, {@code attempts} (3) times, and the plain render is the last
 * resort. The piece keeps its score, so MIDI, ABC and the score checks see exactly what the sound plays.
 */
@Component(service = Generator.class, property = "riffwire.timeout:Integer=600")
@Name("hybrid")
@Produces(Produces.BOTH)
@Options({"model", "steps", "guidance", "strength", "attempts"})
@Honours(exact = {"tempo", "tonic", "mode", "meter", "length", "instruments", "drums", "pitch set", "melody pitch set",
        "bass pitch set", "opening notes"}, approximate = {"genre", "dynamics", "valence", "arousal"})
public final class HybridGenerator implements Generator {
    static final double DEFAULT_STRENGTH = 0.35;
    static final double RELEASE_FADE_SECONDS = 0.3;

    private final Generator symbolic;
    private final Synthesizer synthesizer;
    private final Verifier verifier;
    private final OwnModel own;

    @Activate
    public HybridGenerator(@Reference(target = "(riffwire.name=symbolic)") Generator symbolic,
            @Reference Synthesizer synthesizer, @Reference Verifier verifier, @Reference OwnModel own) {
        this.own = own;
        this.symbolic = symbolic;
        this.synthesizer = synthesizer;
        this.verifier = verifier;
    }

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        GeneratorOptions options = new GeneratorOptions(context.options());
        OnnxModel flow = own.flow(options.text("model", null));
        OwnModel.Settings settings = OwnModel.Settings.of(options, DEFAULT_STRENGTH);
        int attempts = options.integer("attempts", 3, 0, 10);
        context.progress(0, "writing the score");
        Piece scored = symbolic.generate(spec, new Stage(context, Map.of(), 0, 0.1, ""));
        Score score = scored.score().orElseThrow(() -> new IllegalStateException("the symbolic generator gave no score"));
        try {
            // The piece lasts what the score lasts, as asked: the synthesizer's release tail is faded out inside it.
            double seconds = score.lengthSeconds();
            AudioClip render = Loops.fadedOut(synthesizer.synthesize(score), seconds, RELEASE_FADE_SECONDS);
            Set<String> renderPasses = passing(verifier.verify(spec, audioOnly(spec, render), render, Map.of()));
            float[][] renderMel = own.initMel(flow, render);
            double strength = settings.strength();
            AudioClip sound = render;
            List<String> failed = List.of();
            int attempt = 0;
            for (; attempt < attempts && strength > 0; attempt++, strength /= 2) {
                context.checkCancelled();
                OwnModel.Settings s = new OwnModel.Settings(settings.steps(), settings.guidance(), strength, false);
                AudioClip candidate = own.sound(flow, context.prompt().text(), spec, seconds, renderMel, s,
                        context.seed() + attempt,
                        new Stage(context, context.options(), 0.1 + 0.9 * attempt / attempts, 0.9 / attempts, "draw " + (attempt + 1) + ": "));
                AdherenceReport report = verifier.verify(spec, audioOnly(spec, candidate), candidate, Map.of());
                failed = report.checks().stream().filter(c -> c.hard() && !c.passed() && renderPasses.contains(c.constraint()))
                        .map(c -> c.constraint() + " (" + c.measured() + ", expected " + c.expected() + ")").toList();
                if (failed.isEmpty()) {
                    sound = candidate;
                    break;
                }
            }
            Map<String, String> metadata = new LinkedHashMap<>(scored.metadata());
            metadata.put("model", flow.descriptor().name());
            metadata.put("strength", sound == render ? "0 (the plain render: " + String.join("; ", failed) + ")"
                    : String.valueOf(strength));
            metadata.put("draws", String.valueOf(Math.min(attempt + 1, attempts)));
            return new Piece(spec, score, sound, metadata);
        } catch (ModelUnavailableException | IOException | OrtException e) {
            throw PaintedSound.failure(flow, e);
        }
    }

    /** The sound as a piece without a score, so the verifier judges it by ear alone. */
    private static Piece audioOnly(MusicSpec spec, AudioClip audio) {
        return new Piece(spec, null, audio, Map.of());
    }

    private static Set<String> passing(AdherenceReport report) {
        return report.checks().stream().filter(ConstraintCheck::passed).map(ConstraintCheck::constraint)
                .collect(Collectors.toSet());
    }

    @Override
    public String status() {
        return "score by symbolic, sound by " + own.status();
    }

    /**
     * The request as one stage sees it: its own options (the symbolic generator gets none of the hybrid's), its
     * progress as the share {@code from} to {@code from + span} of the whole.
     */
    private record Stage(GenerationContext outer, Map<String, String> options, double from, double span, String label)
            implements GenerationContext {
        @Override
        public long seed() {
            return outer.seed();
        }

        @Override
        public Prompt prompt() {
            return outer.prompt();
        }

        @Override
        public List<Reading> readings() {
            return outer.readings();
        }

        @Override
        public void progress(double fraction, String step) {
            outer.progress(from + span * fraction, label + step);
        }

        @Override
        public boolean isCancelled() {
            return outer.isCancelled();
        }
    }
}
