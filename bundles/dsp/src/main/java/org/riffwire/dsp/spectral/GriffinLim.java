// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Phase from magnitudes by fast Griffin-Lim (Perraudin, Balazs and Søndergaard 2013): alternate projections between
 * signals and spectra of the given magnitudes, with momentum on the rebuilt spectrum (0.99, as torchaudio and
 * Riffusion use). The STFT is centred (frame f centred on sample f · hop, mirrored at the ends), the window Hann.
 * Spectra stay in the FFT's packed layout the whole time; frames are spread over the cores, each worker with its
 * own buffers; the initial phases come from the seed, so the same magnitudes and seed give the same signal.
 */
public final class GriffinLim {
    public static final double MOMENTUM = 0.99;

    private final int fftSize;
    private final int hop;
    private final int window;
    private final int workers;

    /** On every core. */
    public GriffinLim(int fftSize, int hop, int window) {
        this(fftSize, hop, window, Runtime.getRuntime().availableProcessors());
    }

    public GriffinLim(int fftSize, int hop, int window, int workers) {
        if (window > fftSize || fftSize % 2 != 0) {
            throw new IllegalArgumentException("the FFT must be even and at least as long as the window");
        }
        this.fftSize = fftSize;
        this.hop = hop;
        this.window = window;
        this.workers = Math.max(1, workers);
    }

    /** The result: the signal, and how far its spectrum's magnitudes are from the target (spectral convergence). */
    public record Result(float[] signal, double spectralConvergence) {
    }

    /** One worker's transform, its frame buffers and its share of the next signal. */
    private final class Worker {
        final Stft stft = new Stft(fftSize, hop, window, true);
        float[] buffer = new float[fftSize];
        final float[] synthesis = new float[fftSize];
        float[] partial;
    }

    /**
     * @param magnitudes {@code [frame][bin]}, {@code fftSize / 2 + 1} bins
     * @return a signal of {@code (frames - 1) · hop} samples
     */
    public Result reconstruct(float[][] magnitudes, int iterations, long seed) {
        int frames = magnitudes.length;
        int length = Math.max(0, (frames - 1) * hop);
        float[][] previous = new float[frames][fftSize];
        Worker[] pool = new Worker[workers];
        for (int w = 0; w < workers; w++) {
            pool[w] = new Worker();
            pool[w].partial = new float[length];
        }
        float[] norm = pool[0].stft.windowNorm(frames, length);
        float[] signal = new float[length];
        float alpha = (float) (MOMENTUM / (1 + MOMENTUM));
        // Random phases to start, drawn per frame from the seed so the threads' split does not matter.
        forFrames(frames, (worker, f) -> {
            Random random = new Random(seed * 1_000_003L + f);
            float[] c = worker.synthesis;
            float[] m = magnitudes[f];
            c[0] = m[0];
            c[1] = m[fftSize / 2];
            for (int k = 1; k < fftSize / 2; k++) {
                double phase = 2 * Math.PI * random.nextDouble();
                c[2 * k] = (float) (m[k] * Math.cos(phase));
                c[2 * k + 1] = (float) (m[k] * Math.sin(phase));
            }
            overlapAdd(worker, f);
        }, pool);
        gather(pool, norm, signal);
        // Each pass analyses a frame of the current signal, moves its phases to the rebuilt spectrum past the
        // previous one by the momentum, and adds the frame with those phases to the next signal at once.
        for (int i = 0; i < iterations; i++) {
            forFrames(frames, (worker, f) -> {
                worker.stft.packed(signal, f, worker.buffer);
                float[] b = worker.buffer;
                float[] p = previous[f];
                float[] m = magnitudes[f];
                float[] c = worker.synthesis;
                float dc = b[0] - alpha * p[0];
                float nyquist = b[1] - alpha * p[1];
                c[0] = dc < 0 ? -m[0] : m[0];
                c[1] = nyquist < 0 ? -m[fftSize / 2] : m[fftSize / 2];
                for (int j = 2, k = 1; j < fftSize; j += 2, k++) {
                    float ar = b[j] - alpha * p[j];
                    float ai = b[j + 1] - alpha * p[j + 1];
                    float scale = m[k] / ((float) Math.sqrt(ar * ar + ai * ai) + 1e-16f);
                    c[j] = ar * scale;
                    c[j + 1] = ai * scale;
                }
                // The rebuilt spectrum becomes this frame's previous one; the old one is the next buffer.
                previous[f] = b;
                worker.buffer = p;
                overlapAdd(worker, f);
            }, pool);
            gather(pool, norm, signal);
        }
        return new Result(signal, convergence(magnitudes, signal, pool[0]));
    }

    /** Inverts the worker's synthesis spectrum and adds frame f, windowed, to its share of the next signal. */
    private void overlapAdd(Worker worker, int f) {
        float[] c = worker.synthesis;
        worker.stft.inversePacked(c);
        worker.stft.overlapAdd(c, f, worker.partial, null);
    }

    /** signal = the workers' shares summed and divided by the window norm; the shares start again from zero. */
    private void gather(Worker[] pool, float[] norm, float[] signal) {
        for (int i = 0; i < signal.length; i++) {
            float sum = 0;
            for (Worker w : pool) {
                sum += w.partial[i];
                w.partial[i] = 0;
            }
            signal[i] = norm[i] > 1e-8f ? sum / norm[i] : 0;
        }
    }

    private interface FrameTask {
        void run(Worker worker, int frame);
    }

    private void forFrames(int frames, FrameTask task, Worker[] pool) {
        int chunk = (frames + workers - 1) / workers;
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int f = w * chunk; f < Math.min(frames, (w + 1) * chunk); f++) {
                task.run(pool[w], f);
            }
        });
    }

    /** ‖ |STFT(signal)| − target ‖ / ‖ target ‖ over all frames. */
    private double convergence(float[][] target, float[] signal, Worker worker) {
        int half = fftSize / 2;
        double error = 0;
        double total = 0;
        for (int f = 0; f < target.length; f++) {
            worker.stft.packed(signal, f, worker.buffer);
            float[] b = worker.buffer;
            float[] t = target[f];
            for (int k = 0; k <= half; k++) {
                double magnitude = k == 0 ? Math.abs(b[0]) : k == half ? Math.abs(b[1])
                        : Math.sqrt(b[2 * k] * b[2 * k] + b[2 * k + 1] * b[2 * k + 1]);
                double d = magnitude - t[k];
                error += d * d;
                total += (double) t[k] * t[k];
            }
        }
        return total == 0 ? 0 : Math.sqrt(error / total);
    }
}
