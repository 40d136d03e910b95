// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Score;
import org.riffwire.api.spec.MusicSpec;

/** What a generator made: a score, audio or both, with the spec it honours and free-form metadata. */
public final class Piece {
    private final MusicSpec spec;
    private final Score score;
    private final AudioClip audio;
    private final Map<String, String> metadata;

    public Piece(MusicSpec spec, Score score, AudioClip audio, Map<String, String> metadata) {
        this.spec = Objects.requireNonNull(spec, "spec");
        if (score == null && audio == null) {
            throw new IllegalArgumentException("a piece needs a score or audio");
        }
        this.score = score;
        this.audio = audio;
        this.metadata = Map.copyOf(metadata);
    }

    public static Piece ofScore(MusicSpec spec, Score score, Map<String, String> metadata) {
        return new Piece(spec, score, null, metadata);
    }

    public MusicSpec spec() {
        return spec;
    }

    public Optional<Score> score() {
        return Optional.ofNullable(score);
    }

    public Optional<AudioClip> audio() {
        return Optional.ofNullable(audio);
    }

    public Map<String, String> metadata() {
        return metadata;
    }
}
