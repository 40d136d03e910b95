// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.beatroot.BeatRootOnsetEventHandler;
import be.tarsos.dsp.onsets.ComplexOnsetDetector;

/**
 * Onsets (TarsosDSP's complex-domain detector), beats (BeatRoot) and a tempo. BeatRoot often locks onto twice or
 * half the felt beat, so its tempo is only a first guess: the beat level is then chosen among half, equal and
 * double that guess by how regularly the kick and snare bands pulse at each, taking
 * the fastest level that pulses nearly as strongly as the best one. The tempo is finally refined over a span of
 * four beats, where one frame of timing error costs four times less.
 */
final class BeatTracker {
    static final double MIN_BPM = 50;
    static final double MAX_BPM = 220;
    private static final int ONSET_WINDOW = 1024;
    private static final int ONSET_HOP = 512;
    private static final int ENVELOPE_HOP = 128;

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
        beatRoot.trackBeats((time, salience) -> beats.add(time));

        double[] envelope = lowBandOnsetEnvelope(mono, sampleRate);
        double framesPerSecond = (double) sampleRate / ENVELOPE_HOP;
        Optional<Double> guess = medianTempo(beats);
        double first = guess.orElseGet(() -> strongestTempo(envelope, framesPerSecond));
        if (Double.isNaN(first)) {
            return new Beats(onsets, beats, Optional.empty());
        }
        double best = 0;
        double[] candidates = {first / 2, first, first * 2};
        double[] strength = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] >= MIN_BPM && candidates[i] <= MAX_BPM) {
                strength[i] = periodicity(envelope, framesPerSecond * 60 / candidates[i]);
                best = Math.max(best, strength[i]);
            }
        }
        if (best <= 0) {
            return new Beats(onsets, beats, Optional.empty());
        }
        double chosen = first;
        for (int i = 0; i < candidates.length; i++) {
            if (strength[i] >= 0.7 * best) {
                chosen = candidates[i];
            }
        }
        return new Beats(onsets, beats, Optional.of(refine(envelope, framesPerSecond, chosen)));
    }

    private static Optional<Double> medianTempo(List<Double> beats) {
        if (beats.size() < 4) {
            return Optional.empty();
        }
        double[] intervals = new double[beats.size() - 1];
        for (int i = 1; i < beats.size(); i++) {
            intervals[i - 1] = beats.get(i) - beats.get(i - 1);
        }
        Arrays.sort(intervals);
        double median = intervals[intervals.length / 2];
        return median > 0 ? Optional.of(60 / median) : Optional.empty();
    }

    /**
     * Onsets, 128 samples apart, in either of two bands: below 150 Hz (the kick) and 150 Hz to 2 kHz (the
     * snare's body). Each onset counts once, so kick and snare alternate into one pulse at the beat;
     * the hi-hats and cymbals above 2 kHz, whose faster pulse would otherwise pass for the beat, barely count.
     */
    static double[] lowBandOnsetEnvelope(float[] mono, int sampleRate) {
        int frames = mono.length / ENVELOPE_HOP;
        double[] kick = new double[frames];
        double[] body = new double[frames];
        double aLow = 1 - Math.exp(-2 * Math.PI * 150.0 / sampleRate);
        double aMid = 1 - Math.exp(-2 * Math.PI * 2000.0 / sampleRate);
        double low1 = 0;
        double low2 = 0;
        double mid1 = 0;
        double mid2 = 0;
        for (int f = 0; f < frames; f++) {
            double sumLow = 0;
            double sumMid = 0;
            for (int i = f * ENVELOPE_HOP; i < (f + 1) * ENVELOPE_HOP; i++) {
                low1 += aLow * (mono[i] - low1);
                low2 += aLow * (low1 - low2);
                mid1 += aMid * (mono[i] - mid1);
                mid2 += aMid * (mid1 - mid2);
                sumLow += low2 * low2;
                sumMid += (mid2 - low2) * (mid2 - low2);
            }
            kick[f] = Math.sqrt(sumLow / ENVELOPE_HOP);
            body[f] = Math.sqrt(sumMid / ENVELOPE_HOP);
        }
        double[] kickRise = rises(kick);
        double[] bodyRise = rises(body);
        // One attack can register in both bands a few frames apart (a kick's click, then its thump): onsets
        // closer than 60 ms are one event, kept at its first frame.
        double[] sum = new double[frames];
        int merge = (int) Math.round(0.060 * sampleRate / ENVELOPE_HOP);
        int last = -merge - 1;
        for (int f = 0; f < frames; f++) {
            if ((kickRise[f] > 0 || bodyRise[f] > 0) && f - last > merge) {
                sum[f] = 1;
                last = f;
            }
        }
        // A triangular blur of ±12 ms: kick and snare attacks differ in shape, and unblurred their rises would
        // line up with their own kind better than with each other, biasing the beat toward half tempo.
        double[] envelope = new double[frames];
        int radius = 4;
        for (int f = 0; f < frames; f++) {
            double v = 0;
            for (int k = -radius; k <= radius; k++) {
                if (f + k >= 0 && f + k < frames) {
                    v += sum[f + k] * (radius + 1 - Math.abs(k));
                }
            }
            envelope[f] = v;
        }
        return envelope;
    }

    /**
     * The onsets of one band as unit impulses: rises that are the largest within ±25 ms and at least a third
     * of the band's strong rises (99th percentile). Counting onsets rather than their size keeps a loud kick
     * from drowning the snare, which is what makes the two alternate into one beat.
     */
    private static double[] rises(double[] energy) {
        double[] rise = new double[energy.length];
        for (int f = 1; f < energy.length; f++) {
            rise[f] = Math.max(0, energy[f] - energy[f - 1]);
        }
        double[] sorted = rise.clone();
        Arrays.sort(sorted);
        double floor = sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)] / 3;
        double[] impulses = new double[rise.length];
        int neighbourhood = 8;
        for (int f = 0; f < rise.length; f++) {
            if (rise[f] <= floor || floor <= 0) {
                continue;
            }
            boolean peak = true;
            for (int k = Math.max(0, f - neighbourhood); k <= Math.min(rise.length - 1, f + neighbourhood) && peak; k++) {
                peak = rise[k] < rise[f] || (rise[k] == rise[f] && k >= f);
            }
            if (peak) {
                impulses[f] = 1;
            }
        }
        return impulses;
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

    private static double strongestTempo(double[] envelope, double framesPerSecond) {
        double bestBpm = Double.NaN;
        double best = 0;
        for (double bpm = MIN_BPM; bpm <= MAX_BPM; bpm += 0.5) {
            double v = periodicity(envelope, framesPerSecond * 60 / bpm);
            if (v > best) {
                best = v;
                bestBpm = bpm;
            }
        }
        return bestBpm;
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
