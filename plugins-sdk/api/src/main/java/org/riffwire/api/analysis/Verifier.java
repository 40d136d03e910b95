// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

import org.riffwire.api.Piece;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.MusicSpec;

/**
 * Checks that a piece honours its spec, in the score and in the audio. {@code stems} holds the audio of single
 * parts by track name (single-line parts rendered alone), so pitch can be tracked part by part.
 */
@ConsumerType
public interface Verifier {
    AdherenceReport verify(MusicSpec spec, Piece piece, AudioClip mix, Map<String, AudioClip> stems);
}
