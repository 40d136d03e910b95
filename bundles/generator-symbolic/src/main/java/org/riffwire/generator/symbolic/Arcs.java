// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.spec.Arc;

/**
 * Shapes a score's loudness by an {@link Arc}: each note's velocity moves with the arc's level at its start, about
 * the arc's mean, so the dynamics the spec asked for stay the piece's average and the arc only moves it over time.
 */
final class Arcs {
    /** Velocity steps between the arc's lowest level (0) and its highest (1): from about p to f around mf. */
    static final int SPAN = 44;

    private Arcs() {
    }

    static Score shape(Score score, Arc arc) {
        double[] levels = arc.levels();
        double mean = java.util.Arrays.stream(levels).average().orElse(0.5);
        List<Track> tracks = new ArrayList<>();
        for (Track track : score.tracks()) {
            List<Note> notes = new ArrayList<>(track.notes().size());
            for (Note n : track.notes()) {
                double level = arc.at(n.startTick() / (double) Math.max(1, score.lengthTicks()));
                int velocity = (int) Math.round(n.velocity() + (level - mean) * SPAN);
                notes.add(new Note(n.pitch(), n.startTick(), n.durationTicks(), Math.max(1, Math.min(127, velocity))));
            }
            tracks.add(new Track(track.name(), track.role(), track.program(), track.channel(), notes));
        }
        return new Score(score.ppq(), score.tempoBpm(), score.meter(), score.key(), tracks, score.lengthTicks());
    }
}
