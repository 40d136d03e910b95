// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Spectrogram;

/**
 * The scaled log-mel spectrogram Riffwire's own diffusion model works in, both ways. Audio to mel: mono at the
 * model's rate, a centred STFT (Hann window as long as the FFT), magnitudes, Slaney mel filters with area norm (librosa's
 * defaults, as the training script computes them), then {@code (ln(mel + 1e-5) - logMid) / logSpan}, which puts
 * music in about [-1, 1]. Mel to audio: the scaling undone, mel to linear magnitudes ({@link MelInverse}), then fast
 * Griffin-Lim. Values are {@code [frame][mel bin]}, frame f centred on sample f · hop.
 */
public final class LogMelCodec {
    /** Added before the logarithm: silence sits at (ln 1e-5 - logMid) / logSpan, not at minus infinity. */
    public static final double EPSILON = 1e-5;
    public static final int GRIFFIN_LIM_ITERATIONS = 32;

    /** The representation a model was trained on (its card and the training script give the same numbers). */
    public record Parameters(int sampleRate, int fftSize, int hop, int melBins, double logMid, double logSpan) {
        public Parameters {
            if (sampleRate <= 0 || fftSize <= 0 || hop <= 0 || melBins <= 0 || logSpan <= 0) {
                throw new IllegalArgumentException("a log-mel representation needs a positive rate, FFT, hop, bins and span");
            }
        }

        /** The scaled value of silence. */
        public float floor() {
            return (float) ((Math.log(EPSILON) - logMid) / logSpan);
        }

        public double secondsPerFrame() {
            return (double) hop / sampleRate;
        }
    }

    private final Parameters parameters;
    private final MelFilterbank filters;
    private final MelInverse inverse;
    private final GriffinLim griffinLim;

    public LogMelCodec(Parameters parameters) {
        this.parameters = parameters;
        this.filters = new MelFilterbank(parameters.sampleRate(), parameters.fftSize(), parameters.melBins(), 0,
                parameters.sampleRate() / 2.0, Spectrogram.Scale.MEL_SLANEY, true);
        this.inverse = new MelInverse(filters);
        this.griffinLim = new GriffinLim(parameters.fftSize(), parameters.hop(), parameters.fftSize());
    }

    public Parameters parameters() {
        return parameters;
    }

    /** A clip's scaled log-mel frames, one a hop (its channels mixed, resampled to the model's rate if needed). */
    public float[][] encode(AudioClip clip) {
        float[] mono = Resampling.mono(clip, parameters.sampleRate());
        Stft stft = new Stft(parameters.fftSize(), parameters.hop(), parameters.fftSize(), true);
        int frames = Math.max(1, stft.frames(mono.length));
        float[][] out = new float[frames][];
        float[] re = new float[stft.bins()];
        float[] im = new float[stft.bins()];
        float[] magnitude = new float[stft.bins()];
        for (int f = 0; f < frames; f++) {
            stft.frame(mono, f, re, im);
            for (int k = 0; k < magnitude.length; k++) {
                magnitude[k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
            }
            float[] mel = filters.apply(magnitude);
            for (int m = 0; m < mel.length; m++) {
                mel[m] = (float) ((Math.log(mel[m] + EPSILON) - parameters.logMid()) / parameters.logSpan());
            }
            out[f] = mel;
        }
        return out;
    }

    /** The audio scaled log-mel frames imply, at the model's rate, peak-normalised to -1 dBFS. */
    public AudioClip decode(float[][] scaled, long seed) {
        float[][] linear = new float[scaled.length][];
        float[] mel = new float[parameters.melBins()];
        for (int f = 0; f < scaled.length; f++) {
            for (int m = 0; m < mel.length; m++) {
                mel[m] = (float) Math.max(0, Math.exp(scaled[f][m] * parameters.logSpan() + parameters.logMid()) - EPSILON);
            }
            linear[f] = inverse.invert(mel);
        }
        float[] signal = griffinLim.reconstruct(linear, GRIFFIN_LIM_ITERATIONS, seed).signal();
        return new AudioClip(parameters.sampleRate(), new float[][] {RiffusionCodec.peakNormalised(signal)});
    }
}
