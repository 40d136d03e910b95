// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.HashMap;
import java.util.Map;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.PitchClass;

/**
 * Spells MIDI pitches as ABC notes in a key: scale tones by their letters in the key, other tones with sharps
 * or flats as the key prefers, and accidentals written only where the key signature and earlier accidentals in
 * the bar (which ABC carries to the end of the bar, per letter and octave) do not already give the pitch.
 */
final class AbcSpeller {
    private static final String LETTERS = "CDEFGAB";
    private static final int[] NATURAL = {0, 2, 4, 5, 7, 9, 11};
    // Order in which key signatures add sharps (F C G D A E B) and flats (B E A D G C F), as letter indexes.
    private static final int[] SHARP_ORDER = {3, 0, 4, 1, 5, 2, 6};
    private static final int[] FLAT_ORDER = {6, 2, 5, 1, 4, 0, 3};

    private final int[] signature = new int[7];
    private final boolean flats;
    private final Map<String, Integer> barAccidentals = new HashMap<>();

    AbcSpeller(Key key) {
        int sharps = key.sharps();
        for (int i = 0; i < Math.abs(sharps); i++) {
            signature[sharps > 0 ? SHARP_ORDER[i] : FLAT_ORDER[i]] = sharps > 0 ? 1 : -1;
        }
        this.flats = sharps < 0;
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
        int pc = midi % 12;
        int letter = -1;
        int alteration = 0;
        for (int l = 0; l < 7; l++) {
            if (Math.floorMod(NATURAL[l] + signature[l], 12) == pc) {
                letter = l;
                alteration = signature[l];
            }
        }
        if (letter < 0) {
            for (int l = 0; l < 7 && letter < 0; l++) {
                int alt = flats ? -1 : 1;
                if (Math.floorMod(NATURAL[l] + alt, 12) == pc) {
                    letter = l;
                    alteration = alt;
                }
            }
            for (int l = 0; l < 7 && letter < 0; l++) {
                if (NATURAL[l] == pc) {
                    letter = l;
                }
            }
        }
        int naturalMidi = midi - alteration;
        int octave = Math.floorDiv(naturalMidi, 12) - 5; // 0: the octave from middle C (C = MIDI 60)
        String slot = letter + "/" + octave;
        int current = barAccidentals.getOrDefault(slot, signature[letter]);
        StringBuilder sb = new StringBuilder();
        if (current != alteration) {
            sb.append(alteration == 1 ? "^" : alteration == -1 ? "_" : alteration == 2 ? "^^" : alteration == -2 ? "__" : "=");
            barAccidentals.put(slot, alteration);
        }
        char name = LETTERS.charAt(letter);
        if (octave >= 1) {
            sb.append(Character.toLowerCase(name)).append("'".repeat(octave - 1));
        } else {
            sb.append(name).append(",".repeat(-octave));
        }
        return sb.toString();
    }

    static boolean isMinorLike(Mode mode) {
        return mode.isMinorLike();
    }
}
