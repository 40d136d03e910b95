// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.io.IOException;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Score;

/**
 * Sounds a score: what a renderer of images, the verifier's stems and a hybrid pipeline (a score rendered, then
 * reshaped by a diffusion model) need without going through a file. The runtime's audio renderer offers one.
 */
@ConsumerType
public interface Synthesizer {
    /** The score's sound, at this synthesizer's sample rate, with the release of its last notes. */
    AudioClip synthesize(Score score) throws IOException;

    /**
     * The score's sound with settings of this one request ({@link Renderer#SOUNDFONT_SETTING}); unknown
     * settings are ignored.
     *
     * @since 2.1 (package version; API release 2.2.0)
     */
    default AudioClip synthesize(Score score, Map<String, String> settings) throws IOException {
        return synthesize(score);
    }

    /** One line for status listings: what this synthesizer sounds with, or why it cannot. */
    default String status() {
        return "ready";
    }
}
