// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.flow;

import java.util.Random;

import org.riffwire.onnx.api.ModelUnavailableException;

import ai.onnxruntime.OrtException;

/**
 * Euler steps along a rectified flow, from noise (t = 1) to a spectrogram (t = 0): x_t = (1 − t) x₀ + t ε, and
 * the model gives the velocity ε − x₀, so x moves by (t' − t) · v a step. With classifier-free guidance (the
 * conditional and the unconditional velocity in one batch of two, mixed by the guidance scale), img2img (start at
 * t = strength from the init spectrogram noised that far, as SDEdit does), and inpainting: the frames a mask marks
 * as known are put back at every step, noised to the step's t with the same noise, so the new frames are drawn to
 * continue them.
 */
public final class FlowSampler {
    private final MelFlowModel model;

    public FlowSampler(MelFlowModel model) {
        this.model = model;
    }

    /** What one window needs. {@code known} and {@code init} are [mels × frames] row-major, or null. */
    public record Window(int frames, float[] condition, float[] beat, float[] init, double strength, float[] known,
            boolean[] knownFrames) {
    }

    /** Called once a step with the step's number, for progress and cancellation. */
    public interface StepListener {
        void step(int done, int of);
    }

    /** One window's scaled log-mel values, [mels × frames] row-major. */
    public float[] sample(Window w, int steps, double guidance, long seed, StepListener listener)
            throws OrtException, ModelUnavailableException {
        int mels = model.representation().melBins();
        int n = mels * w.frames();
        Random random = new Random(seed);
        float[] noise = new float[n];
        for (int i = 0; i < n; i++) {
            noise[i] = (float) random.nextGaussian();
        }
        double start = w.init() == null ? 1 : w.strength();
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = w.init() == null ? noise[i] : (float) ((1 - start) * w.init()[i] + start * noise[i]);
        }
        restoreKnown(x, w, noise, start, mels);
        int c = model.conditionLength();
        float[] conditions = new float[2 * c];
        System.arraycopy(w.condition(), 0, conditions, c, c); // row 0 unconditional (zeros), row 1 the prompt
        float[] beats = new float[4 * w.frames()];
        System.arraycopy(w.beat(), 0, beats, 2 * w.frames(), 2 * w.frames());
        float[] batch = new float[2 * n];
        float[] times = new float[2];
        for (int s = 0; s < steps; s++) {
            double t = start * (1 - (double) s / steps);
            double next = start * (1 - (double) (s + 1) / steps);
            System.arraycopy(x, 0, batch, 0, n);
            System.arraycopy(x, 0, batch, n, n);
            times[0] = (float) t;
            times[1] = (float) t;
            float[] v = model.velocity(batch, 2, w.frames(), times, conditions, beats);
            for (int i = 0; i < n; i++) {
                double guided = v[i] + guidance * (v[n + i] - v[i]);
                x[i] += (float) ((next - t) * guided);
            }
            restoreKnown(x, w, noise, next, mels);
            listener.step(s + 1, steps);
        }
        return x;
    }

    private static void restoreKnown(float[] x, Window w, float[] noise, double t, int mels) {
        if (w.known() == null) {
            return;
        }
        for (int m = 0; m < mels; m++) {
            for (int f = 0; f < w.frames(); f++) {
                if (w.knownFrames()[f]) {
                    int i = m * w.frames() + f;
                    x[i] = (float) ((1 - t) * w.known()[i] + t * noise[i]);
                }
            }
        }
    }
}
