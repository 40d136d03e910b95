// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import org.osgi.annotation.versioning.ConsumerType;
import org.riffwire.api.music.AudioClip;

/** Measures audio: pitch track, onsets and tempo, pitch-class profile and key, duration, loudness. */
@ConsumerType
public interface AudioAnalyzer {
    AudioAnalysis analyze(AudioClip clip);
}
