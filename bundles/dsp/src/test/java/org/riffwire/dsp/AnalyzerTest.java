// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.PitchFrame;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.PitchSet;

class AnalyzerTest {
    private final TarsosAudioAnalyzer analyzer = new TarsosAudioAnalyzer();

    @ParameterizedTest
    @ValueSource(doubles = {110, 220, 440, 523.25, 880})
    void pitchOfASteadyToneIsFound(double hertz) {
        List<PitchFrame> frames = PitchTracker.track(Signals.tone(hertz, 2.0, 0.5), Signals.RATE);
        long voiced = frames.stream().filter(PitchFrame::isVoiced).count();
        // The first and last frames straddle the tone's edges.
        assertTrue(voiced > frames.size() * 0.9, voiced + " of " + frames.size() + " frames voiced");
        for (PitchFrame f : frames) {
            if (f.isVoiced()) {
                assertEquals(hertz, f.hertz(), hertz * 0.01, "at " + f.seconds() + " s");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {80, 97, 120, 140, 174})
    void tempoOfAMetronomeIsWithinOnePercent(double bpm) {
        AudioAnalysis a = analyzer.analyze(Signals.clip(Signals.metronome(bpm, 20, (long) bpm)));
        assertTrue(a.tempoBpm().isPresent(), "a beat is found");
        assertEquals(bpm, a.tempoBpm().get(), bpm * 0.01, "measured " + a.tempoBpm().get());
        assertFalse(a.beats().isEmpty());
        assertTrue(a.onsets().size() > 20);
    }

    @Test
    void silenceHasNoTempoAndNoPitch() {
        AudioAnalysis a = analyzer.analyze(Signals.clip(new float[Signals.RATE * 3]));
        assertTrue(a.tempoBpm().isEmpty());
        assertTrue(a.pitchTrack().stream().noneMatch(PitchFrame::isVoiced));
        assertEquals(Double.NEGATIVE_INFINITY, a.peakDbfs());
    }

    @Test
    void keyOfACMajorCadenceAndOfAnAMinorOne() {
        float[] cMajor = Signals.concat(chord(0.8, 261.63, 329.63, 392.00), chord(0.8, 349.23, 440.00, 523.25),
                chord(0.8, 392.00, 493.88, 587.33), chord(1.6, 261.63, 329.63, 392.00));
        assertEquals(new Key(0, Mode.MAJOR), analyzer.analyze(Signals.clip(cMajor)).estimatedKey());
        float[] aMinor = Signals.concat(chord(0.8, 220.00, 261.63, 329.63), chord(0.8, 293.66, 349.23, 440.00),
                chord(0.8, 329.63, 415.30, 493.88), chord(1.6, 220.00, 261.63, 329.63));
        assertEquals(new Key(9, Mode.MINOR), analyzer.analyze(Signals.clip(aMinor)).estimatedKey());
    }

    @Test
    void levelsAndClipping() {
        float[] sine = new float[Signals.RATE];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / Signals.RATE));
        }
        AudioAnalysis a = analyzer.analyze(Signals.clip(sine));
        assertEquals(-6.02, a.peakDbfs(), 0.05);
        assertEquals(-9.03, a.rmsDbfs(), 0.05);
        assertFalse(a.clipped());
        float[] square = new float[Signals.RATE];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 50) % 2 == 0 ? 1f : -1f;
        }
        assertTrue(analyzer.analyze(Signals.clip(square)).clipped());
    }

    @Test
    void centsToTheNearestAllowedPitchClass() {
        PitchSet aMajorish = PitchSet.of(List.of(9, 11, 1, 6, 7));
        assertEquals(0, SpecVerifier.centsToSet(440, aMajorish), 0.01);
        assertEquals(100, SpecVerifier.centsToSet(466.16, aMajorish), 0.5, "Bb is a semitone from A and from B");
        assertEquals(25, SpecVerifier.centsToSet(440 * Math.pow(2, 25 / 1200.0), aMajorish), 0.1);
        assertEquals(0, SpecVerifier.centsToSet(92.5, aMajorish), 0.5, "F#2");
    }

    private static float[] chord(double seconds, double... hertz) {
        float[] sum = new float[(int) (seconds * Signals.RATE)];
        for (double h : hertz) {
            float[] t = Signals.tone(h, seconds, 0.3);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += t[i];
            }
        }
        return sum;
    }
}
