// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.Map;

/**
 * Where each General MIDI percussion sound sits on a five-line percussion staff, and its notehead, after the
 * common drum-set legend (kick in the bottom space, snare in the third space, cymbals as crosses above the staff).
 */
final class DrumNotation {
    /** A sound's place: the step and octave it is displayed at (as if on a treble staff) and its notehead. */
    record Place(char step, int octave, String notehead, String name) {
    }

    private static final Place OTHER = new Place('E', 4, "normal", "Percussion");

    private static final Map<Integer, Place> PLACES = Map.ofEntries(
            Map.entry(35, new Place('E', 4, "normal", "Acoustic Bass Drum")),
            Map.entry(36, new Place('F', 4, "normal", "Bass Drum")),
            Map.entry(37, new Place('C', 5, "x", "Side Stick")),
            Map.entry(38, new Place('C', 5, "normal", "Acoustic Snare")),
            Map.entry(39, new Place('C', 5, "x", "Hand Clap")),
            Map.entry(40, new Place('C', 5, "normal", "Electric Snare")),
            Map.entry(41, new Place('G', 4, "normal", "Low Floor Tom")),
            Map.entry(42, new Place('G', 5, "x", "Closed Hi-Hat")),
            Map.entry(43, new Place('A', 4, "normal", "High Floor Tom")),
            Map.entry(44, new Place('D', 4, "x", "Pedal Hi-Hat")),
            Map.entry(45, new Place('B', 4, "normal", "Low Tom")),
            Map.entry(46, new Place('G', 5, "circle-x", "Open Hi-Hat")),
            Map.entry(47, new Place('D', 5, "normal", "Low-Mid Tom")),
            Map.entry(48, new Place('E', 5, "normal", "Hi-Mid Tom")),
            Map.entry(49, new Place('A', 5, "x", "Crash Cymbal 1")),
            Map.entry(50, new Place('F', 5, "normal", "High Tom")),
            Map.entry(51, new Place('F', 5, "x", "Ride Cymbal 1")),
            Map.entry(53, new Place('F', 5, "diamond", "Ride Bell")),
            Map.entry(54, new Place('E', 5, "x", "Tambourine")),
            Map.entry(56, new Place('B', 4, "triangle", "Cowbell")),
            Map.entry(57, new Place('B', 5, "x", "Crash Cymbal 2")),
            Map.entry(59, new Place('E', 5, "x", "Ride Cymbal 2")),
            Map.entry(70, new Place('D', 5, "x", "Maracas")));

    private DrumNotation() {
    }

    static Place of(int gmPercussionKey) {
        Place place = PLACES.get(gmPercussionKey);
        return place != null ? place : new Place(OTHER.step(), OTHER.octave(), OTHER.notehead(),
                "Percussion " + gmPercussionKey);
    }
}
