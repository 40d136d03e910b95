// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.Attachment;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.propertytypes.Accepts;
import org.riffwire.api.propertytypes.Honours;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.propertytypes.Options;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.dsp.spectral.RiffusionCodec;
import org.riffwire.dsp.spectral.RiffusionParameters;
import org.riffwire.dsp.spectral.SpectrogramImage;
import org.riffwire.generator.diffusion.StableDiffusion.Tensor;
import org.riffwire.generator.diffusion.scheduler.DdimScheduler;
import org.riffwire.generator.diffusion.scheduler.DpmSolverScheduler;
import org.riffwire.generator.diffusion.scheduler.EulerScheduler;
import org.riffwire.generator.diffusion.scheduler.Scheduler;
import org.riffwire.onnx.api.ModelRemovedException;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OrtException;

/**
 * Riffusion's job: a prompt becomes a 512 × 512 spectrogram image by a Stable Diffusion model (any export of kind
 * stable-diffusion in the models folder), and the image becomes 5.12 s of audio through Riffusion's codec. With an
 * init clip (WAV or spectrogram PNG) it starts from that clip's spectrogram (img2img). Options: {@code model},
 * {@code steps} (default 50), {@code guidance} (7), {@code scheduler} (dpm++, euler, ddim; default dpm++),
 * {@code strength} (0.75, for init clips), and an interpolation towards {@code to_prompt} and {@code to_seed} by
 * {@code alpha} (0–1), Riffusion's way of walking between clips. The sound follows the prompt's style only as far as the model does:
 * tempo, key and the like are steered by the words, not kept exactly; pitch sets and note lists are refused.
 */
// Real Stable Diffusion weights take minutes a clip on a CPU: far past the runtime's default 120 s.
@Component(service = Generator.class, property = "riffwire.timeout:Integer=1800")
@Name("diffusion")
@Produces(Produces.AUDIO)
@Accepts({Accepts.INIT_AUDIO, Accepts.INIT_SPECTROGRAM})
@Options({"model", "steps", "guidance", "scheduler", "strength", "to_prompt", "to_seed", "alpha", "loop"})
@Honours(exact = "length", approximate = {"tempo", "tonic", "mode", "meter", "instruments", "drums", "genre", "dynamics",
        "valence", "arousal"})
public final class DiffusionGenerator implements Generator {
    static final int IMAGE = 512;
    static final double CLIP_SECONDS = IMAGE * 0.01;
    /** Past half the training steps, spacings repeat timesteps; no sampler needs more. */
    static final int MAX_STEPS = 500;
    /** Windows after the first keep the last 128 columns (1.28 s) of the one before and paint the next 384. */
    static final int OVERLAP_COLUMNS = 128;
    /** A loop's end is cross-faded into its start over this long. */
    static final double LOOP_FADE_SECONDS = 1.0;
    private static final int RATE = 44_100;

    private final RiffusionCodec codec = new RiffusionCodec(RiffusionParameters.DEFAULT);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(riffwire.model.kind=stable-diffusion)")
    private final List<OnnxModel> models = new CopyOnWriteArrayList<>();

    /** How often a generation starts again when its model is replaced under it. */
    private static final int ATTEMPTS = 3;

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        double target = PaintedSound.seconds(spec, "diffusion", "use the symbolic generator (the default pipeline) for "
                + "note-level prompts", CLIP_SECONDS);
        for (int attempt = 1; ; attempt++) {
            OnnxModel chosen = model(context.options().get("model"));
            try {
                return generate(spec, context, chosen, target);
            } catch (ModelRemovedException replaced) {
                // A new version of the export arrived mid-run (registered before the old one went): use it.
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("model " + chosen.descriptor().name() + " was replaced " + ATTEMPTS
                            + " times during one generation", replaced);
                }
            }
        }
    }

    private Piece generate(MusicSpec spec, GenerationContext context, OnnxModel chosen, double target)
            throws UnsatisfiableSpecException, ModelRemovedException {
        GeneratorOptions options = new GeneratorOptions(context.options());
        int steps = options.integer("steps", 50, 1, MAX_STEPS);
        double guidance = options.number("guidance", 7, 0, 30);
        double strength = context.prompt().initStrength().isPresent() ? context.prompt().initStrength().getAsDouble()
                : options.number("strength", 0.75, 0.01, 1);
        String schedulerName = options.text("scheduler", "dpm++").toLowerCase(Locale.ROOT);
        try {
            StableDiffusion sd = new StableDiffusion(chosen);
            scheduler(schedulerName, sd); // refuses an unknown name before any work
            Optional<Tensor> init = init(context, sd);
            boolean loop = options.yes("loop");
            double made = target + (loop ? LOOP_FADE_SECONDS : 0);
            int columns = (int) Math.ceil(made * 100) + 1;
            int windows = 1 + (int) Math.ceil(Math.max(0, columns - IMAGE) / (double) (IMAGE - OVERLAP_COLUMNS));
            String toPrompt = options.text("to_prompt", null);
            Long toSeed = options.has("to_seed") ? options.whole("to_seed") : null;
            double alpha = options.number("alpha", toPrompt == null && toSeed == null ? 0 : 0.5, 0, 1);
            List<Tensor> images = new DiffusionPipeline(sd).run(context.prompt().text(), () -> {
                try {
                    return scheduler(schedulerName, sd);
                } catch (UnsatisfiableSpecException checkedAbove) {
                    throw new IllegalStateException(checkedAbove);
                }
            }, new DiffusionPipeline.Settings(steps, guidance, strength, IMAGE / 8, IMAGE / 8, toPrompt, toSeed, alpha),
                    context.seed(), init, windows, OVERLAP_COLUMNS / 8, context);
            context.checkCancelled();
            context.progress(0.95, "turning the spectrogram into sound");
            float[] signal = codec.audio(SpectrogramImage.mel(assemble(images), RiffusionParameters.DEFAULT),
                    RiffusionCodec.GRIFFIN_LIM_ITERATIONS, context.seed()).signal();
            float[] audio = java.util.Arrays.copyOf(signal, (int) Math.round(made * RATE));
            if (loop) {
                audio = Loops.crossfade(audio, (int) Math.round(target * RATE), (int) Math.round(LOOP_FADE_SECONDS * RATE));
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("model", sd.name());
            metadata.put("scheduler", schedulerName);
            metadata.put("steps", String.valueOf(steps));
            metadata.put("guidance", String.valueOf(guidance));
            init.ifPresent(i -> metadata.put("strength", String.valueOf(strength)));
            if (alpha > 0) {
                metadata.put("alpha", String.valueOf(alpha));
            }
            metadata.put("windows", String.valueOf(windows));
            if (loop) {
                metadata.put("loop", "yes");
            }
            return new Piece(spec, null, new AudioClip(RATE, new float[][] {audio}), metadata);
        } catch (ModelRemovedException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // The export's scheduler config or tokenizer is not one this pipeline runs (v-prediction, say).
            throw new UnsatisfiableSpecException("model " + chosen.descriptor().name() + " cannot be used: " + e.getMessage());
        } catch (ModelUnavailableException | IOException | OrtException e) {
            throw PaintedSound.failure(chosen, e);
        }
    }


    private OnnxModel model(String name) throws UnsatisfiableSpecException {
        return PaintedSound.choose(models, name, "Stable Diffusion model", ": put an export (model_index.json, unet/, "
                + "text_encoder/, vae_decoder/, tokenizer/, scheduler/) into the models folder as models/NAME/; "
                + "riffwire models lists exports that could not be read, with the reason");
    }

    private static Scheduler scheduler(String name, StableDiffusion sd) throws UnsatisfiableSpecException {
        return switch (name) {
            case "dpm++", "dpm", "dpmsolver++", "dpm-solver++" -> new DpmSolverScheduler(sd.schedulerConfig());
            case "euler" -> new EulerScheduler(sd.schedulerConfig());
            case "ddim" -> new DdimScheduler(sd.schedulerConfig());
            default -> throw new UnsatisfiableSpecException("scheduler '" + name + "' is not one of dpm++, euler, ddim");
        };
    }

    /** The init clip's spectrogram image in [-1, 1], 512 columns (cut or padded with silence). */
    private Optional<Tensor> init(GenerationContext context, StableDiffusion sd) throws UnsatisfiableSpecException {
        Optional<Attachment> audio = context.prompt().attachment(Attachment.Kind.INIT_AUDIO);
        Optional<Attachment> image = context.prompt().attachment(Attachment.Kind.INIT_SPECTROGRAM);
        if (audio.isEmpty() && image.isEmpty()) {
            return Optional.empty();
        }
        if (!sd.canEncodeImages()) {
            throw new UnsatisfiableSpecException("model " + sd.name() + " has no vae_encoder, so it cannot start from "
                    + (audio.isPresent() ? audio : image).get().fileName());
        }
        int[][] pixels;
        if (audio.isPresent()) {
            pixels = SpectrogramImage.pixels(codec.melSpectrogram(PaintedSound.wav(audio.get())), RiffusionParameters.DEFAULT);
        } else {
            SpectrogramImage.Decoded decoded = PaintedSound.spectrogram(image.get());
            RiffusionParameters p = decoded.parameters();
            RiffusionParameters d = RiffusionParameters.DEFAULT;
            if (p.sampleRate() != d.sampleRate() || p.hopMs() != d.hopMs() || p.melBins() != d.melBins()
                    || p.maxHz() != d.maxHz() || p.minHz() != d.minHz()) {
                throw new UnsatisfiableSpecException(image.get().fileName() + " is a spectrogram of another geometry ("
                        + p.sampleRate() + " Hz, " + p.melBins() + " bins); the model was trained on Riffusion's");
            }
            // The image as given: re-encoding it would rescale it to its own peak.
            pixels = decoded.pixels();
        }
        float[] data = new float[3 * IMAGE * IMAGE];
        for (int y = 0; y < IMAGE; y++) {
            for (int x = 0; x < IMAGE; x++) {
                int p = y < pixels.length && x < pixels[y].length ? pixels[y][x] : 255;
                float v = p / 255f * 2 - 1;
                for (int c = 0; c < 3; c++) {
                    data[(c * IMAGE + y) * IMAGE + x] = v;
                }
            }
        }
        return Optional.of(new Tensor(data, new long[] {1, 3, IMAGE, IMAGE}));
    }

    /**
     * The windows' pixels side by side: each window after the first starts with the last {@value #OVERLAP_COLUMNS}
     * columns of the one before (kept by the pipeline), cross-faded over them, then adds the rest.
     */
    static int[][] assemble(List<Tensor> images) {
        List<int[][]> windows = images.stream().map(DiffusionGenerator::pixels).toList();
        int height = windows.get(0).length;
        int step = IMAGE - OVERLAP_COLUMNS;
        int width = IMAGE + (windows.size() - 1) * step;
        int[][] out = new int[height][width];
        for (int y = 0; y < height; y++) {
            System.arraycopy(windows.get(0)[y], 0, out[y], 0, IMAGE);
        }
        for (int w = 1; w < windows.size(); w++) {
            int start = w * step;
            int[][] window = windows.get(w);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < IMAGE; x++) {
                    if (x < OVERLAP_COLUMNS) {
                        double fade = (x + 0.5) / OVERLAP_COLUMNS;
                        out[y][start + x] = (int) Math.round((1 - fade) * out[y][start + x] + fade * window[y][x]);
                    } else {
                        out[y][start + x] = window[y][x];
                    }
                }
            }
        }
        return out;
    }

    /** Channel 0 of a VAE image in [-1, 1] as pixels 0–255, row 0 the top. */
    private static int[][] pixels(Tensor image) {
        int height = (int) image.shape()[2];
        int width = (int) image.shape()[3];
        int[][] out = new int[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = (image.data()[y * width + x] / 2 + 0.5) * 255;
                out[y][x] = (int) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return out;
    }

    @Override
    public String status() {
        List<String> names = models.stream().map(m -> m.descriptor().name()).sorted().toList();
        return names.isEmpty() ? "no Stable Diffusion model installed (models/NAME/ in optimum's export layout)"
                : "models: " + String.join(", ", names);
    }
}
