// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import java.util.List;
import java.util.Optional;

import org.riffwire.api.music.Key;

/**
 * What an analyzer measured in a clip. {@code tempoBpm} is empty when no steady beat was found;
 * {@code pitchClassProfile} holds 12 non-negative weights (C first); levels are in dB relative to full scale.
 */
public record AudioAnalysis(double seconds, int sampleRate, Optional<Double> tempoBpm, List<Double> beats,
        List<Double> onsets, List<PitchFrame> pitchTrack, List<Double> pitchClassProfile, Key estimatedKey,
        double keyCorrelation, double rmsDbfs, double peakDbfs, boolean clipped) {
    public AudioAnalysis {
        beats = List.copyOf(beats);
        onsets = List.copyOf(onsets);
        pitchTrack = List.copyOf(pitchTrack);
        pitchClassProfile = List.copyOf(pitchClassProfile);
        if (pitchClassProfile.size() != 12) {
            throw new IllegalArgumentException("a pitch-class profile has 12 entries");
        }
    }
}
