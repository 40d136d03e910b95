// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.util.Optional;
import java.util.Random;

import org.riffwire.api.GenerationContext;
import org.riffwire.generator.diffusion.StableDiffusion.Tensor;
import org.riffwire.generator.diffusion.scheduler.Scheduler;
import org.riffwire.onnx.api.ModelUnavailableException;

import ai.onnxruntime.OrtException;

/**
 * Text (and optionally an init image) to a spectrogram image, as diffusers' StableDiffusionPipeline and its img2img
 * sibling do it: encode the prompt and the empty prompt, start from seeded noise (or from the init image's latents
 * noised to the strength's timestep), denoise step by step with classifier-free guidance, decode with the VAE.
 * Progress is reported and cancellation checked at every step.
 */
final class DiffusionPipeline {
    /**
     * How one image is made: steps, guidance scale, img2img strength, latent size (64 × 64 for 512 × 512), and an
     * interpolation, as Riffusion's app walks between two prompts and seeds: {@code alpha} of the way from this
     * prompt and seed to {@code toPrompt} (text embeddings mixed linearly) and {@code toSeed} (noise mixed
     * spherically, so it stays noise). Null ends stay where they are.
     */
    record Settings(int steps, double guidance, double strength, int latentHeight, int latentWidth, String toPrompt,
            Long toSeed, double alpha) {
        Settings(int steps, double guidance, double strength, int latentHeight, int latentWidth) {
            this(steps, guidance, strength, latentHeight, latentWidth, null, null, 0);
        }
    }

    private final StableDiffusion model;

    DiffusionPipeline(StableDiffusion model) {
        this.model = model;
    }

    /**
     * One window.
     *
     * @param init an init image in [-1, 1], [1, 3, 8h, 8w], for img2img
     * @return the image in [-1, 1], [1, 3, 8h, 8w]
     */
    Tensor run(String prompt, Scheduler scheduler, Settings settings, long seed, Optional<Tensor> init,
            GenerationContext context) throws OrtException, ModelUnavailableException {
        return run(prompt, () -> scheduler, settings, seed, init, 1, 0, context).get(0);
    }

    /**
     * Several windows, each continuing the last: window k keeps the last {@code overlap} latent columns of window
     * k − 1 as its first ones, re-imposed (noised to the current level) after every denoising step, so the model
     * paints only what follows. Seeds differ per window, the prompt does not.
     *
     * @return each window's image in [-1, 1], [1, 3, 8h, 8w]
     */
    java.util.List<Tensor> run(String prompt, java.util.function.Supplier<Scheduler> schedulers, Settings settings, long seed,
            Optional<Tensor> init, int windows, int overlap, GenerationContext context)
            throws OrtException, ModelUnavailableException {
        context.progress(0, "encoding the prompt");
        Tensor conditioned = model.encodeText(prompt);
        if (settings.toPrompt() != null && settings.alpha() > 0) {
            conditioned = lerp(conditioned, model.encodeText(settings.toPrompt()), settings.alpha());
        }
        Tensor text = concat(model.encodeText(""), conditioned);
        context.checkCancelled();
        long[] shape = {1, 4, settings.latentHeight(), settings.latentWidth()};
        Optional<Tensor> initLatents = init.isEmpty() ? Optional.empty() : Optional.of(model.encode(init.get()).orElseThrow(
                () -> new IllegalStateException("model " + model.name() + " has no vae_encoder to start from a clip")));
        java.util.List<Tensor> images = new java.util.ArrayList<>();
        float[] previous = null;
        for (int w = 0; w < windows; w++) {
            float[] noise = gaussian(4 * settings.latentHeight() * settings.latentWidth(), seed + w * 1_000_003L);
            if (w == 0 && settings.toSeed() != null && settings.alpha() > 0) {
                noise = slerp(noise, gaussian(noise.length, settings.toSeed()), settings.alpha());
            }
            float[] known = previous == null ? null : shiftedLeft(previous, shape, settings.latentWidth() - overlap);
            float[] latents = denoise(schedulers.get(), settings, shape, noise, w == 0 ? initLatents : Optional.empty(), known,
                    overlap, text, context, w, windows);
            previous = latents;
            context.checkCancelled();
            context.progress((w + 0.95) / windows * 0.9, "decoding window " + (w + 1) + " of " + windows);
            images.add(model.decode(new Tensor(latents, shape)));
        }
        return images;
    }

    /** The latents a scheduler leads to from noise (or an init clip), keeping the first {@code overlap} columns known. */
    private float[] denoise(Scheduler scheduler, Settings settings, long[] shape, float[] noise, Optional<Tensor> init,
            float[] known, int overlap, Tensor text, GenerationContext context, int window, int windows)
            throws OrtException, ModelUnavailableException {
        scheduler.setTimesteps(settings.steps());
        double[] timesteps = scheduler.timesteps();
        int first = 0;
        float[] latents;
        if (init.isPresent()) {
            // diffusers' img2img: run the last strength × steps steps, from the init latents noised to the first.
            int kept = Math.min(settings.steps(), (int) (settings.steps() * settings.strength()));
            first = settings.steps() - kept;
            if (first >= timesteps.length) {
                return init.get().data().clone();
            }
            latents = scheduler.addNoise(init.get().data(), noise, timesteps[first]);
        } else {
            latents = new float[noise.length];
            for (int i = 0; i < noise.length; i++) {
                latents[i] = (float) (noise[i] * scheduler.initNoiseSigma());
            }
        }
        for (int i = first; i < timesteps.length; i++) {
            context.checkCancelled();
            double t = timesteps[i];
            if (known != null) {
                impose(latents, scheduler.addNoise(known, noise, t), shape, overlap);
            }
            float[] input = scheduler.scaleModelInput(latents, t);
            Tensor prediction = model.unet(new Tensor(twice(input), new long[] {2, shape[1], shape[2], shape[3]}), t, text);
            latents = scheduler.step(guided(prediction.data(), settings.guidance()), t, latents);
            double done = (double) (i + 1 - first) / (timesteps.length - first);
            context.progress((window + done * 0.95) / windows * 0.9, (windows > 1 ? "window " + (window + 1) + " of " + windows
                    + ", " : "") + "denoising, step " + (i + 1 - first) + " of " + (timesteps.length - first));
        }
        if (known != null) {
            impose(latents, known, shape, overlap);
        }
        return latents;
    }

    /** Latents moved left by {@code columns}: the previous window's end becomes this one's start. */
    static float[] shiftedLeft(float[] latents, long[] shape, int columns) {
        int channels = (int) shape[1];
        int height = (int) shape[2];
        int width = (int) shape[3];
        float[] out = new float[latents.length];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                int row = (c * height + y) * width;
                System.arraycopy(latents, row + columns, out, row, width - columns);
            }
        }
        return out;
    }

    /** Copies the first {@code columns} latent columns of {@code known} into {@code latents}. */
    static void impose(float[] latents, float[] known, long[] shape, int columns) {
        int channels = (int) shape[1];
        int height = (int) shape[2];
        int width = (int) shape[3];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                int row = (c * height + y) * width;
                System.arraycopy(known, row, latents, row, columns);
            }
        }
    }

    /** uncond + g · (cond − uncond), from a batch of two predictions, unconditioned first. */
    static float[] guided(float[] batch, double guidance) {
        int half = batch.length / 2;
        float[] out = new float[half];
        for (int i = 0; i < half; i++) {
            out[i] = (float) (batch[i] + guidance * (batch[half + i] - batch[i]));
        }
        return out;
    }

    private static float[] twice(float[] x) {
        float[] out = new float[2 * x.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(x, 0, out, x.length, x.length);
        return out;
    }

    private static Tensor concat(Tensor a, Tensor b) {
        float[] data = new float[a.data().length + b.data().length];
        System.arraycopy(a.data(), 0, data, 0, a.data().length);
        System.arraycopy(b.data(), 0, data, a.data().length, b.data().length);
        long[] shape = a.shape().clone();
        shape[0] = a.shape()[0] + b.shape()[0];
        return new Tensor(data, shape);
    }

    static Tensor lerp(Tensor a, Tensor b, double alpha) {
        float[] out = new float[a.data().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) ((1 - alpha) * a.data()[i] + alpha * b.data()[i]);
        }
        return new Tensor(out, a.shape());
    }

    /**
     * Spherical interpolation: noise mixed this way keeps the length a Gaussian sample has, where a straight line
     * between two samples would pass through quieter, less noise-like points. Nearly parallel inputs are mixed
     * linearly.
     */
    static float[] slerp(float[] a, float[] b, double alpha) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        double cos = dot / Math.sqrt(na * nb);
        float[] out = new float[a.length];
        if (Math.abs(cos) > 0.9995) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) ((1 - alpha) * a[i] + alpha * b[i]);
            }
            return out;
        }
        double theta = Math.acos(cos);
        double wa = Math.sin((1 - alpha) * theta) / Math.sin(theta);
        double wb = Math.sin(alpha * theta) / Math.sin(theta);
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return out;
    }

    /** Standard normal noise from the seed: the same seed, the same noise, on every machine. */
    static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }
}
