// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Spectrogram;

/**
 * Riffusion's spectrogram convention, both ways. Audio to image: mono at the image's sample rate, a centred STFT
 * (Hann window, zero-padded to the padded duration), magnitudes, unnormalised HTK mel filters, exactly as
 * riffusion-hobby computes with torchaudio. Image to audio: mel to linear magnitudes ({@link MelInverse}), then
 * fast Griffin-Lim, 32 iterations.
 *
 * <p>The way back runs on a shorter FFT than the way there: 17,640 = 2³·3²·5·7² sends the FFT to Bluestein's
 * algorithm, eight times slower than a 5,120-point one (measured), and Griffin-Lim runs a thousand of them per
 * second of audio. The window is the same 4,410 samples; only the grid the spectrum is sampled on is coarser, and
 * the mel filters are built on that grid.
 */
public final class RiffusionCodec {
    public static final int GRIFFIN_LIM_ITERATIONS = 32;
    /** Peak level of decoded audio: -1 dBFS. */
    static final float PEAK = 0.891f;

    private final RiffusionParameters parameters;
    private final int synthesisFft;
    private final GriffinLim griffinLim;
    /** The mel filters both ways, built on first use: they take about 100 ms, and most runtimes never need them. */
    private volatile Filters filters;

    private record Filters(MelFilterbank analysis, MelInverse inverse) {
    }

    public RiffusionCodec(RiffusionParameters parameters) {
        this.parameters = parameters;
        this.synthesisFft = fastSize(parameters.window());
        this.griffinLim = new GriffinLim(synthesisFft, parameters.hop(), parameters.window());
    }

    private Filters filters() {
        Filters f = filters;
        if (f == null) {
            synchronized (this) {
                f = filters;
                if (f == null) {
                    f = new Filters(melFilters(parameters.fftSize()), new MelInverse(melFilters(synthesisFft)));
                    filters = f;
                }
            }
        }
        return f;
    }

    private MelFilterbank melFilters(int fftSize) {
        return new MelFilterbank(parameters.sampleRate(), fftSize, parameters.melBins(), parameters.minHz(),
                parameters.maxHz(), Spectrogram.Scale.MEL_HTK, false);
    }

    public RiffusionParameters parameters() {
        return parameters;
    }

    /** The smallest size at least {@code n} whose only prime factors are 2, 3 and 5 (fast for FloatFFT). */
    static int fastSize(int n) {
        for (int size = Math.max(2, n); ; size++) {
            int m = size;
            for (int p : new int[] {2, 3, 5}) {
                while (m % p == 0) {
                    m /= p;
                }
            }
            if (m == 1 && size % 2 == 0) {
                return size;
            }
        }
    }

    /** A clip's mel spectrogram, one frame a hop (its channels mixed, resampled to the image's rate if needed). */
    public Spectrogram melSpectrogram(AudioClip clip) {
        float[] mono = Resampling.mono(clip, parameters.sampleRate());
        Stft stft = new Stft(parameters.fftSize(), parameters.hop(), parameters.window(), true);
        // One frame a hop: a clip of n hops gives an image n columns wide (512 columns for 5.12 s).
        int frames = Math.max(1, mono.length / parameters.hop());
        float[][] mel = new float[frames][];
        float[] re = new float[stft.bins()];
        float[] im = new float[stft.bins()];
        float[] magnitude = new float[stft.bins()];
        MelFilterbank analysis = filters().analysis();
        for (int f = 0; f < frames; f++) {
            stft.frame(mono, f, re, im);
            for (int k = 0; k < magnitude.length; k++) {
                magnitude[k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
            }
            mel[f] = analysis.apply(magnitude);
        }
        return new Spectrogram(parameters.spectrogram(), mel);
    }

    /** A clip as a Riffusion spectrogram PNG. */
    public byte[] image(AudioClip clip) {
        return SpectrogramImage.encode(melSpectrogram(clip), parameters);
    }

    /** The audio a mel spectrogram of these parameters implies, and how consistent Griffin-Lim got it. */
    public GriffinLim.Result audio(Spectrogram mel, int iterations, long seed) {
        GriffinLim.Result result = griffinLim.reconstruct(linear(mel), iterations, seed);
        return new GriffinLim.Result(peakNormalised(result.signal()), result.spectralConvergence());
    }

    /** The Griffin-Lim this codec decodes with (on the synthesis grid). */
    public GriffinLim griffinLim() {
        return griffinLim;
    }

    /** Linear magnitudes on the synthesis grid ({@code synthesisFftSize / 2 + 1} bins) for a mel spectrogram. */
    public float[][] linear(Spectrogram mel) {
        if (mel.bins() != parameters.melBins()) {
            throw new IllegalArgumentException("the spectrogram has " + mel.bins() + " mel bins, these parameters "
                    + parameters.melBins());
        }
        // The analysis summed more bins per filter than the synthesis grid has: scale to the coarser grid.
        float scale = (float) synthesisFft / parameters.fftSize();
        float[][] linear = new float[mel.frames()][];
        float[] frame = new float[mel.bins()];
        MelInverse inverse = filters().inverse();
        for (int f = 0; f < mel.frames(); f++) {
            for (int m = 0; m < frame.length; m++) {
                frame[m] = mel.magnitude(f, m) * scale;
            }
            linear[f] = inverse.invert(frame);
        }
        return linear;
    }

    /** A Riffusion image heard: the audio its pixels and parameters imply, at the image's sample rate. */
    public static AudioClip audio(byte[] png, long seed) {
        return audio(SpectrogramImage.decode(png), seed);
    }

    /** A decoded spectrogram image heard: the audio its pixels and parameters imply. */
    public static AudioClip audio(SpectrogramImage.Decoded decoded, long seed) {
        float[] signal = new RiffusionCodec(decoded.parameters()).audio(decoded.mel(), GRIFFIN_LIM_ITERATIONS, seed).signal();
        return new AudioClip(decoded.parameters().sampleRate(), new float[][] {signal});
    }

    static float[] peakNormalised(float[] signal) {
        float peak = 0;
        for (float x : signal) {
            peak = Math.max(peak, Math.abs(x));
        }
        if (peak > 0) {
            float gain = PEAK / peak;
            for (int i = 0; i < signal.length; i++) {
                signal[i] *= gain;
            }
        }
        return signal;
    }
}
