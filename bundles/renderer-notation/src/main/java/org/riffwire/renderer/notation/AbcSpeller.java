// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.HashMap;
import java.util.Map;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.PitchClass;

/**
 * Spells MIDI pitches as ABC notes in a key ({@link KeySpeller}), with accidentals written only where the key
 * signature and earlier accidentals in the bar (which ABC carries to the end of the bar, per letter and octave) do
 * not already give the pitch.
 */
final class AbcSpeller {
    private final KeySpeller letters;
    private final Map<String, Integer> barAccidentals = new HashMap<>();

    AbcSpeller(Key key) {
        this.letters = new KeySpeller(key);
    }

    /** The K: field value: tonic as spelled in the key, and the mode. */
    static String keyField(Key key) {
        String tonic = PitchClass.name(key.tonic(), key.prefersFlats());
        return tonic + switch (key.mode()) {
            case MAJOR -> "";
            case MINOR -> "m";
            case DORIAN -> "dor";
            case PHRYGIAN -> "phr";
            case LYDIAN -> "lyd";
            case MIXOLYDIAN -> "mix";
            case LOCRIAN -> "loc";
        };
    }

    void newBar() {
        barAccidentals.clear();
    }

    String spell(int midi) {
        KeySpeller.Spelling spelling = letters.spell(midi);
        int letter = spelling.letter();
        int alteration = spelling.alteration();
        int octave = spelling.octave() - 4; // 0: the octave from middle C
        String slot = letter + "/" + octave;
        int current = barAccidentals.getOrDefault(slot, letters.signature(letter));
        StringBuilder sb = new StringBuilder();
        if (current != alteration) {
            sb.append(alteration == 1 ? "^" : alteration == -1 ? "_" : alteration == 2 ? "^^" : alteration == -2 ? "__" : "=");
            barAccidentals.put(slot, alteration);
        }
        char name = spelling.step();
        if (octave >= 1) {
            sb.append(Character.toLowerCase(name)).append("'".repeat(octave - 1));
        } else {
            sb.append(name).append(",".repeat(-octave));
        }
        return sb.toString();
    }
}
