// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.ArrayList;
import java.util.List;

import javax.sound.sampled.UnsupportedAudioFileException;

import org.riffwire.api.analysis.PitchFrame;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;

/**
 * A fundamental-frequency track with FFT-YIN, 512 samples apart. The 2048-sample window hears down to about
 * 43 Hz; bass parts need the 4096-sample window (down to about 22 Hz).
 */
final class PitchTracker {
    static final int WINDOW = 2048;
    static final int BASS_WINDOW = 4096;
    static final int HOP = 512;

    private PitchTracker() {
    }

    static List<PitchFrame> track(float[] mono, int sampleRate) {
        return track(mono, sampleRate, WINDOW);
    }

    static List<PitchFrame> track(float[] mono, int sampleRate, int window) {
        List<PitchFrame> frames = new ArrayList<>();
        FftYin yin = new FftYin(window);
        for (int start = 0; start + window <= mono.length; start += HOP) {
            frames.add(yin.estimate(mono, start, sampleRate));
        }
        return frames;
    }

    /** A TarsosDSP dispatcher over an in-memory signal. */
    static AudioDispatcher dispatcher(float[] mono, int sampleRate, int size, int overlap) {
        try {
            return AudioDispatcherFactory.fromFloatArray(mono.clone(), sampleRate, size, overlap);
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalArgumentException("TarsosDSP refused the audio format: " + e.getMessage(), e);
        }
    }
}
