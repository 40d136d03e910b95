// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.AudioAnalyzer;
import org.riffwire.api.analysis.KrumhanslKessler;
import org.riffwire.api.analysis.PitchFrame;
import org.riffwire.api.music.AudioClip;
import org.riffwire.dsp.audio.Mono;

/** Measures a clip with TarsosDSP: pitch (FFT-YIN), onsets and beats (complex detector, BeatRoot), key, levels. */
@Component(service = AudioAnalyzer.class, property = "riffwire.name=tarsos")
public final class TarsosAudioAnalyzer implements AudioAnalyzer {
    /** A sample this close to full scale counts as clipped. */
    static final float CLIP_LEVEL = 0.9999f;

    @Override
    public AudioAnalysis analyze(AudioClip clip) {
        float[] mono = Mono.of(clip);
        int rate = clip.sampleRate();
        List<PitchFrame> pitch = PitchTracker.track(mono, rate);
        BeatTracker.Beats beats = BeatTracker.track(mono, rate);
        double[] profile = Chroma.profile(mono, rate);
        KrumhanslKessler.Estimate key = KrumhanslKessler.estimate(profile);
        double sum = 0;
        float peak = 0;
        int clipped = 0;
        for (int c = 0; c < clip.channelCount(); c++) {
            for (float s : clip.channel(c)) {
                sum += s * s;
                peak = Math.max(peak, Math.abs(s));
                if (Math.abs(s) >= CLIP_LEVEL) {
                    clipped++;
                }
            }
        }
        double rms = Math.sqrt(sum / Math.max(1, (long) clip.frames() * clip.channelCount()));
        List<Double> profileList = new ArrayList<>();
        for (double v : profile) {
            profileList.add(v);
        }
        return new AudioAnalysis(clip.seconds(), rate, beats.tempo(), beats.beats(), beats.onsets(), pitch, profileList,
                key.key(), key.correlation(), decibels(rms), decibels(peak), clipped > 2);
    }

    static double decibels(double amplitude) {
        return amplitude <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(amplitude);
    }
}
