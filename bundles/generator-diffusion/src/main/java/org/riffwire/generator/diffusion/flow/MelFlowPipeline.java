// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.flow;

import org.riffwire.onnx.api.ModelUnavailableException;

import ai.onnxruntime.OrtException;

/**
 * A piece of any length from windows of the model's size: each window after the first keeps the last
 * {@value #OVERLAP} frames of the one before as known frames and paints the rest to continue them. A loop's last
 * window also knows the piece's first frames past the loop point, so the end runs into the start; a piece that
 * fits one window is drawn as one circular window (the network pads time circularly), which loops by itself.
 * With an init spectrogram (img2img) every window starts from its stretch of it.
 */
public final class MelFlowPipeline {
    /** 112 frames, 1.3 s at hop 256 and 22.05 kHz. */
    public static final int OVERLAP = 112;

    private final MelFlowModel model;
    private final FlowSampler sampler;

    public MelFlowPipeline(MelFlowModel model) {
        this.model = model;
        this.sampler = new FlowSampler(model);
    }

    /**
     * @param frames the piece's length in frames
     * @param init   the init spectrogram, [frame][mel], or null for text to sound
     * @param tempo  beats per minute for the beat phase, 0 for none
     */
    public record Request(float[] condition, double tempo, int frames, boolean loop, float[][] init, double strength,
            int steps, double guidance, long seed) {
    }

    /** Reports progress and raises cancellation; called after every sampling step. */
    public interface Progress {
        void update(double fraction, String step);
    }

    /**
     * How many frames {@link #run} gives for a piece of {@code frames}: as many, or for one window its rounding up to
     * a multiple of 8. For a loop this is its period: the frame after the last is the first.
     */
    public int length(int frames) {
        return frames <= model.windowFrames() ? Math.max(8, (frames + 7) / 8 * 8) : frames;
    }

    /** The piece's scaled log-mel frames, [frame][mel], {@link #length} of them. */
    public float[][] run(Request r, Progress progress) throws OrtException, ModelUnavailableException {
        int mels = model.representation().melBins();
        int window = model.windowFrames();
        int n = r.frames();
        if (n <= window) {
            int frames = length(n);
            float[] x = sampler.sample(window(r, 0, frames, null, null), r.steps(), r.guidance(), r.seed(),
                    (done, of) -> progress.update((double) done / of, "step " + done + " of " + of));
            return frames(x, mels, frames, frames);
        }
        int step = window - OVERLAP;
        int need = n + (r.loop() ? OVERLAP : 0);
        int count = 1 + (int) Math.ceil((need - window) / (double) step);
        int total = window + (count - 1) * step;
        float[] piece = new float[mels * total];
        for (int w = 0; w < count; w++) {
            int first = w * step;
            float[] known = null;
            boolean[] knownFrames = null;
            if (w > 0) {
                known = new float[mels * window];
                knownFrames = new boolean[window];
                for (int f = 0; f < window; f++) {
                    int g = first + f;
                    int source = f < OVERLAP ? g : r.loop() && w == count - 1 && g >= n ? g - n : -1;
                    if (source < 0) {
                        continue;
                    }
                    knownFrames[f] = true;
                    for (int m = 0; m < mels; m++) {
                        known[m * window + f] = piece[m * total + source];
                    }
                }
            }
            int index = w;
            float[] x = sampler.sample(window(r, first, window, known, knownFrames), r.steps(), r.guidance(),
                    r.seed() + 7919L * w, (done, of) -> progress.update((index + (double) done / of) / count,
                            "window " + (index + 1) + " of " + count + ", step " + done + " of " + of));
            for (int m = 0; m < mels; m++) {
                System.arraycopy(x, m * window, piece, m * total + first, window);
            }
        }
        return frames(piece, mels, total, n);
    }

    private FlowSampler.Window window(Request r, int first, int frames, float[] known, boolean[] knownFrames) {
        float[] beat = MelFlowCondition.beat(r.tempo(), first, frames, model.representation().secondsPerFrame());
        float[] init = null;
        if (r.init() != null) {
            int mels = model.representation().melBins();
            float floor = model.representation().floor();
            init = new float[mels * frames];
            for (int f = 0; f < frames; f++) {
                int g = first + f;
                for (int m = 0; m < mels; m++) {
                    init[m * frames + f] = g < r.init().length ? r.init()[g][m] : floor;
                }
            }
        }
        return new FlowSampler.Window(frames, r.condition(), beat, init, r.strength(), known, knownFrames);
    }

    /** Row-major [mel][frame] to [frame][mel], the first {@code keep} frames. */
    private static float[][] frames(float[] x, int mels, int width, int keep) {
        float[][] out = new float[keep][mels];
        for (int f = 0; f < keep; f++) {
            for (int m = 0; m < mels; m++) {
                out[f][m] = x[m * width + f];
            }
        }
        return out;
    }
}
