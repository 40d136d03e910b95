// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.beatroot.BeatRootOnsetEventHandler;
import be.tarsos.dsp.onsets.ComplexOnsetDetector;
import org.riffwire.dsp.spectral.Stft;

/**
 * Onsets (TarsosDSP's complex-domain detector), beats (BeatRoot) and a tempo.
 *
 * <p>The tempo comes from the periodicity of spectral flux between 1.5 and 5 kHz, the band of the snare's crack
 * and of percussive attacks, where sustained bass and chords add little. Periodicity alone cannot tell the beat
 * from its half or its double, so the strongest period's tempo is compared with ½, 2 and 3 times it, and the
 * fastest level that pulses at least {@value #LEVEL_SHARE} as strongly as the best is the beat (the factor 3
 * catches a strongest period of three beats, which a kick on one and the "and" of three produces). The tempo is
 * then refined over a span of four beats, where one frame of timing error costs four times less. Measured on 36
 * generated drum-bearing pieces at 70–180 bpm with two SoundFonts: 31 within 4%, the rest at a related level
 * (half time, double time).
 */
final class BeatTracker {
    static final double MIN_BPM = 50;
    static final double MAX_BPM = 220;
    static final double LEVEL_SHARE = 0.7;
    private static final int ONSET_WINDOW = 1024;
    private static final int ONSET_HOP = 512;
    private static final int FLUX_WINDOW = 1024;
    private static final int FLUX_HOP = 256;
    private static final double FLUX_LOW_HZ = 1500;
    private static final double FLUX_HIGH_HZ = 5000;
    private static final double[] LEVELS = {0.5, 1, 2, 3};
    private static final int MIN_ONSETS_FOR_BEATS = 8;

    record Beats(List<Double> onsets, List<Double> beats, Optional<Double> tempo) {
    }

    private BeatTracker() {
    }

    static Beats track(float[] mono, int sampleRate) {
        List<Double> onsets = new ArrayList<>();
        List<Double> beats = new ArrayList<>();
        if (mono.length < ONSET_WINDOW * 4) {
            return new Beats(onsets, beats, Optional.empty());
        }
        BeatRootOnsetEventHandler beatRoot = new BeatRootOnsetEventHandler();
        ComplexOnsetDetector detector = new ComplexOnsetDetector(ONSET_WINDOW);
        detector.setHandler((time, salience) -> {
            onsets.add(time);
            beatRoot.handleOnset(time, salience);
        });
        AudioDispatcher dispatcher = PitchTracker.dispatcher(mono, sampleRate, ONSET_WINDOW, ONSET_WINDOW - ONSET_HOP);
        dispatcher.addAudioProcessor(detector);
        dispatcher.run();
        // BeatRoot prints "No best agent" to standard output (into a CLI's JSON) when it finds no beat; with this
        // few onsets it never does, so it is not asked.
        if (onsets.size() >= MIN_ONSETS_FOR_BEATS) {
            beatRoot.trackBeats((time, salience) -> beats.add(time));
        }
        return new Beats(onsets, beats, tempo(mono, sampleRate));
    }

    static Optional<Double> tempo(float[] mono, int sampleRate) {
        double[] envelope = fluxEnvelope(mono, sampleRate);
        double framesPerSecond = (double) sampleRate / FLUX_HOP;
        double strongest = Double.NaN;
        double best = 0;
        for (double bpm = MIN_BPM; bpm <= MAX_BPM; bpm += 0.5) {
            double v = periodicity(envelope, framesPerSecond * 60 / bpm);
            if (v > best) {
                best = v;
                strongest = bpm;
            }
        }
        if (best <= 0) {
            return Optional.empty();
        }
        double[] strength = new double[LEVELS.length];
        double max = 0;
        for (int i = 0; i < LEVELS.length; i++) {
            double candidate = strongest * LEVELS[i];
            if (candidate >= MIN_BPM && candidate <= MAX_BPM) {
                strength[i] = periodicity(envelope, framesPerSecond * 60 / candidate);
                max = Math.max(max, strength[i]);
            }
        }
        double chosen = strongest;
        for (int i = 0; i < LEVELS.length; i++) {
            double candidate = strongest * LEVELS[i];
            if (strength[i] >= LEVEL_SHARE * max && candidate > chosen) {
                chosen = candidate;
            }
        }
        return Optional.of(refine(envelope, framesPerSecond, chosen));
    }

    /**
     * Positive change of log magnitude between 1.5 and 5 kHz, 256 samples apart, minus its local mean so that
     * only attacks stand out.
     */
    static double[] fluxEnvelope(float[] mono, int sampleRate) {
        int frames = (mono.length - FLUX_WINDOW) / FLUX_HOP;
        if (frames <= 0) {
            return new double[0];
        }
        Stft stft = new Stft(FLUX_WINDOW, FLUX_HOP, FLUX_WINDOW);
        int low = (int) (FLUX_LOW_HZ * FLUX_WINDOW / sampleRate);
        int high = (int) Math.min(FLUX_WINDOW / 2 - 1, FLUX_HIGH_HZ * FLUX_WINDOW / sampleRate);
        float[] re = new float[stft.bins()];
        float[] im = new float[stft.bins()];
        float[] previous = new float[stft.bins()];
        double[] flux = new double[frames];
        for (int f = 0; f < frames; f++) {
            stft.frame(mono, f, re, im);
            double sum = 0;
            for (int b = low; b <= high; b++) {
                float m = (float) Math.log1p(100 * Math.sqrt(re[b] * re[b] + im[b] * im[b]));
                sum += Math.max(0, m - previous[b]);
                previous[b] = m;
            }
            flux[f] = sum;
        }
        double[] envelope = new double[frames];
        int radius = 16;
        double running = 0;
        for (int f = 0; f < Math.min(frames, radius + 1); f++) {
            running += flux[f];
        }
        int from = 0;
        int to = Math.min(frames - 1, radius);
        for (int f = 0; f < frames; f++) {
            int newFrom = Math.max(0, f - radius);
            int newTo = Math.min(frames - 1, f + radius);
            while (to < newTo) {
                running += flux[++to];
            }
            while (from < newFrom) {
                running -= flux[from++];
            }
            envelope[f] = Math.max(0, flux[f] - running / (to - from + 1));
        }
        return envelope;
    }

    /** Autocorrelation of the envelope at a (fractional) lag, taking the best of the neighbouring lags. */
    static double periodicity(double[] envelope, double lag) {
        double best = 0;
        for (int l = (int) Math.floor(lag) - 1; l <= (int) Math.ceil(lag) + 1; l++) {
            best = Math.max(best, autocorrelation(envelope, l));
        }
        return best;
    }

    private static double autocorrelation(double[] x, int lag) {
        if (lag <= 0 || lag >= x.length) {
            return 0;
        }
        double sum = 0;
        for (int i = lag; i < x.length; i++) {
            sum += x[i] * x[i - lag];
        }
        return sum / (x.length - lag);
    }

    /** The autocorrelation peak nearest four beats, interpolated between frames. */
    private static double refine(double[] envelope, double framesPerSecond, double bpm) {
        double lag = 4 * framesPerSecond * 60 / bpm;
        int from = (int) Math.floor(lag * 0.97);
        int to = (int) Math.ceil(lag * 1.03);
        int peak = -1;
        double best = -1;
        for (int l = from; l <= to; l++) {
            double v = autocorrelation(envelope, l);
            if (v > best) {
                best = v;
                peak = l;
            }
        }
        if (peak <= from || peak >= to) {
            return bpm;
        }
        double left = autocorrelation(envelope, peak - 1);
        double right = autocorrelation(envelope, peak + 1);
        double denominator = left - 2 * best + right;
        double offset = denominator == 0 ? 0 : 0.5 * (left - right) / denominator;
        return 4 * framesPerSecond * 60 / (peak + offset);
    }
}
