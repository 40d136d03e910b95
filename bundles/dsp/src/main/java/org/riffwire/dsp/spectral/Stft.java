// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.Spectrogram;

/**
 * The short-time Fourier transform every analysis shares: Hann-windowed frames {@code hop} apart, each
 * zero-padded to the FFT size. Frame {@code f} starts at sample {@code f · hop}, or, for a centred STFT (as
 * torchaudio and librosa compute by default, and Riffusion with them), is centred on it, the signal mirrored at
 * its ends. {@link #magnitudes} feeds chroma, pitch and spectrogram images; {@link #inverse} (weighted
 * overlap-add) turns complex frames back into a signal, as Griffin-Lim needs. One instance per thread; its buffers
 * are reused.
 */
public final class Stft {
    private final RealFft fft;
    private final int hop;
    private final int window;
    private final boolean centred;
    private final float[] hann;
    private final float[] frame;

    public Stft(int fftSize, int hop, int window) {
        this(fftSize, hop, window, false);
    }

    public Stft(int fftSize, int hop, int window, boolean centred) {
        if (hop <= 0 || window <= 0 || window > fftSize) {
            throw new IllegalArgumentException("hop must be positive and the window no longer than the FFT");
        }
        this.fft = new RealFft(fftSize);
        this.hop = hop;
        this.window = window;
        this.centred = centred;
        this.hann = hann(window);
        this.frame = new float[fftSize];
    }

    /** A periodic Hann window, as librosa and Riffusion use. */
    static float[] hann(int length) {
        float[] w = new float[length];
        for (int i = 0; i < length; i++) {
            w[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / length));
        }
        return w;
    }

    public int bins() {
        return fft.bins();
    }

    public int hop() {
        return hop;
    }

    /** How many frames a signal of {@code samples} samples has: whole frames, or one per hop when centred. */
    public int frames(int samples) {
        if (centred) {
            return samples == 0 ? 0 : 1 + samples / hop;
        }
        return samples < window ? 0 : 1 + (samples - window) / hop;
    }

    /** The first sample of frame {@code f}'s window (negative for the first centred frames). */
    private int start(int f) {
        return centred ? f * hop - window / 2 : f * hop;
    }

    /** The complex spectrum of frame {@code f}. */
    public void frame(float[] signal, int f, float[] re, float[] im) {
        windowed(signal, f, frame);
        fft.forward(frame, re, im);
    }

    /** Frame {@code f}'s spectrum in the FFT's packed layout, in place in {@code buffer} (FFT size long). */
    void packed(float[] signal, int f, float[] buffer) {
        windowed(signal, f, buffer);
        fft.forwardPacked(buffer);
    }

    /** A packed spectrum back to one frame's samples, in place. */
    void inversePacked(float[] buffer) {
        fft.inversePacked(buffer);
    }

    /** Frame {@code f}'s samples times the window, zero-padded to the FFT size. */
    private void windowed(float[] signal, int f, float[] buffer) {
        int start = start(f);
        int n = signal.length;
        if (start >= 0 && start + window <= n) {
            for (int i = 0; i < window; i++) {
                buffer[i] = signal[start + i] * hann[i];
            }
        } else {
            for (int i = 0; i < window; i++) {
                int at = start + i;
                if (centred) {
                    // Mirror at the ends without repeating the edge sample, as numpy's and torch's "reflect" do.
                    at = at < 0 ? -at : at >= n ? 2 * (n - 1) - at : at;
                }
                buffer[i] = at >= 0 && at < n ? signal[at] * hann[i] : 0;
            }
        }
        java.util.Arrays.fill(buffer, window, buffer.length, 0);
    }

    /** The magnitude spectrogram of a signal, with the parameters that made it. */
    public Spectrogram magnitudes(float[] signal, int sampleRate) {
        int frames = frames(signal.length);
        float[][] out = new float[frames][bins()];
        float[] re = new float[bins()];
        float[] im = new float[bins()];
        for (int f = 0; f < frames; f++) {
            frame(signal, f, re, im);
            for (int k = 0; k < re.length; k++) {
                out[f][k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
            }
        }
        return new Spectrogram(Spectrogram.Parameters.linear(sampleRate, fft.size(), hop, window), out);
    }

    /**
     * The signal whose frames are closest to the given complex frames (least squares: windowed overlap-add divided
     * by the summed squared window): {@code (frames - 1) · hop} samples when centred, as torch's istft gives.
     */
    public float[] inverse(float[][] re, float[][] im) {
        int length = re.length == 0 ? 0 : centred ? (re.length - 1) * hop : (re.length - 1) * hop + window;
        float[] out = new float[length];
        float[] norm = new float[length];
        float[] time = new float[fft.size()];
        for (int f = 0; f < re.length; f++) {
            fft.inverse(re[f], im[f], time);
            overlapAdd(time, f, out, norm);
        }
        normalise(out, norm);
        return out;
    }

    /** Adds frame {@code f}'s windowed samples into {@code out} and, unless null, its squared window into {@code norm}. */
    void overlapAdd(float[] time, int f, float[] out, float[] norm) {
        int start = start(f);
        for (int i = Math.max(0, -start); i < window && start + i < out.length; i++) {
            out[start + i] += time[i] * hann[i];
            if (norm != null) {
                norm[start + i] += hann[i] * hann[i];
            }
        }
    }

    /** The summed squared window under every sample of a signal of {@code length} samples in {@code frames} frames. */
    float[] windowNorm(int frames, int length) {
        float[] norm = new float[length];
        for (int f = 0; f < frames; f++) {
            int start = start(f);
            for (int i = Math.max(0, -start); i < window && start + i < length; i++) {
                norm[start + i] += hann[i] * hann[i];
            }
        }
        return norm;
    }

    private static void normalise(float[] out, float[] norm) {
        for (int i = 0; i < out.length; i++) {
            out[i] = norm[i] > 1e-8f ? out[i] / norm[i] : 0;
        }
    }
}
