// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;

/**
 * The contract every renderer keeps: it writes something for a plain score, the same bytes every time, and for a
 * piece that is audio only it either writes it (audio formats) or refuses it with a clear
 * {@link UnsatisfiableSpecException} (notation formats), never writes an empty or broken file.
 */
public abstract class RendererConformance {

    protected abstract Renderer renderer();

    /** A four-beat C major arpeggio on piano, with a kick drum. */
    protected Piece samplePiece() {
        Track piano = new Track("Melody", TrackRole.MELODY, 0, 0, List.of(new Note(60, 0, 960, 90),
                new Note(64, 960, 960, 90), new Note(67, 1920, 960, 90), new Note(72, 2880, 960, 90)));
        Track drums = new Track("Drums", TrackRole.DRUMS, 0, Track.DRUM_CHANNEL, List.of(new Note(36, 0, 240, 100)));
        Score score = new Score(960, 120, Meter.COMMON, new Key(0, Mode.MAJOR), List.of(piano, drums), 3840);
        return Piece.ofScore(Specs.spec().build(), score, Map.of());
    }

    @Test
    void writesAPlainScoreTheSameWayEveryTime() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        renderer().render(samplePiece(), first);
        assertTrue(first.size() > 0, "the renderer wrote nothing");
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        renderer().render(samplePiece(), second);
        assertArrayEquals(first.toByteArray(), second.toByteArray(), "the same piece gives the same bytes");
    }

    /** One second of a 440 Hz tone at 44.1 kHz, stereo, with no score. */
    protected Piece sampleAudioPiece() {
        float[] tone = new float[44_100];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / 44_100.0));
        }
        return new Piece(Specs.spec().build(), null, new AudioClip(44_100, new float[][] {tone, tone}), Map.of());
    }

    @Test
    void writesOrClearlyRefusesAnAudioOnlyPiece() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try {
            renderer().render(sampleAudioPiece(), first);
        } catch (UnsatisfiableSpecException refused) {
            assertTrue(refused.getMessage() != null && refused.getMessage().length() > 10, "the refusal says why");
            return;
        }
        assertTrue(first.size() > 0, "the renderer wrote nothing for an audio-only piece");
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        renderer().render(sampleAudioPiece(), second);
        assertArrayEquals(first.toByteArray(), second.toByteArray(), "the same piece gives the same bytes");
    }
}
