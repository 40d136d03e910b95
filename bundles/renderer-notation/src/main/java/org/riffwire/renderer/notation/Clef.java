// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.Track;

/** The clef a part is written in, chosen by where its notes lie: bass below A3 (the median), else treble. */
enum Clef {
    TREBLE, BASS, PERCUSSION;

    /** A part whose middle note lies below A3 (MIDI 57) reads more easily in the bass clef. */
    private static final int BASS_BELOW = 57;

    static Clef of(Track track) {
        if (track.isDrums()) {
            return PERCUSSION;
        }
        int[] pitches = track.notes().stream().mapToInt(Note::pitch).sorted().toArray();
        if (pitches.length == 0) {
            return TREBLE;
        }
        return pitches[pitches.length / 2] < BASS_BELOW ? BASS : TREBLE;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
