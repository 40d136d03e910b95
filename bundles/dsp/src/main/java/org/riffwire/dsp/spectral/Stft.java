// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.Spectrogram;

/**
 * The short-time Fourier transform every analysis shares: Hann-windowed frames {@code hop} apart, each
 * zero-padded to the FFT size, frame {@code f} starting at sample {@code f · hop}. {@link #magnitudes} feeds
 * chroma, pitch and spectrogram images; {@link #inverse} (weighted overlap-add) turns complex frames back into a
 * signal, as Griffin-Lim needs. One instance per thread; its buffers are reused.
 */
public final class Stft {
    private final RealFft fft;
    private final int hop;
    private final int window;
    private final float[] hann;
    private final float[] frame;

    public Stft(int fftSize, int hop, int window) {
        if (hop <= 0 || window <= 0 || window > fftSize) {
            throw new IllegalArgumentException("hop must be positive and the window no longer than the FFT");
        }
        this.fft = new RealFft(fftSize);
        this.hop = hop;
        this.window = window;
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

    /** How many whole frames fit in {@code samples} samples. */
    public int frames(int samples) {
        return samples < window ? 0 : 1 + (samples - window) / hop;
    }

    /** The complex spectrum of the frame starting at {@code start}. */
    public void frame(float[] signal, int start, float[] re, float[] im) {
        java.util.Arrays.fill(frame, 0);
        for (int i = 0; i < window && start + i < signal.length; i++) {
            frame[i] = signal[start + i] * hann[i];
        }
        fft.forward(frame, re, im);
    }

    /** The magnitude spectrogram of a signal, with the parameters that made it. */
    public Spectrogram magnitudes(float[] signal, int sampleRate) {
        int frames = frames(signal.length);
        float[][] out = new float[frames][bins()];
        float[] re = new float[bins()];
        float[] im = new float[bins()];
        for (int f = 0; f < frames; f++) {
            frame(signal, f * hop, re, im);
            for (int k = 0; k < re.length; k++) {
                out[f][k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
            }
        }
        return new Spectrogram(Spectrogram.Parameters.linear(sampleRate, fft.size(), hop, window), out);
    }

    /**
     * The signal whose frames are closest to the given complex frames (least squares: windowed overlap-add divided
     * by the summed squared window).
     */
    public float[] inverse(float[][] re, float[][] im) {
        int length = re.length == 0 ? 0 : (re.length - 1) * hop + window;
        float[] out = new float[length];
        float[] norm = new float[length];
        float[] time = new float[fft.size()];
        for (int f = 0; f < re.length; f++) {
            fft.inverse(re[f], im[f], time);
            int start = f * hop;
            for (int i = 0; i < window; i++) {
                out[start + i] += time[i] * hann[i];
                norm[start + i] += hann[i] * hann[i];
            }
        }
        for (int i = 0; i < length; i++) {
            out[i] = norm[i] > 1e-8f ? out[i] / norm[i] : 0;
        }
        return out;
    }
}
