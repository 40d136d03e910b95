// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import org.riffwire.api.music.Key;

/**
 * Spells MIDI pitches in a key as letter, alteration and octave: scale tones by their letters in the key, other
 * tones with sharps or flats as the key signature leans. Each notation format writes the spelling its own way.
 */
final class KeySpeller {
    /** A spelled pitch: letter index (0 = C … 6 = B), alteration in semitones, octave in scientific pitch (C4 = 60). */
    record Spelling(int letter, int alteration, int octave) {
        char step() {
            return LETTERS.charAt(letter);
        }
    }

    static final String LETTERS = "CDEFGAB";
    private static final int[] NATURAL = {0, 2, 4, 5, 7, 9, 11};
    // Order in which key signatures add sharps (F C G D A E B) and flats (B E A D G C F), as letter indexes.
    private static final int[] SHARP_ORDER = {3, 0, 4, 1, 5, 2, 6};
    private static final int[] FLAT_ORDER = {6, 2, 5, 1, 4, 0, 3};

    private final int[] signature = new int[7];
    private final boolean flats;

    KeySpeller(Key key) {
        int sharps = key.sharps();
        for (int i = 0; i < Math.abs(sharps); i++) {
            signature[sharps > 0 ? SHARP_ORDER[i] : FLAT_ORDER[i]] = sharps > 0 ? 1 : -1;
        }
        this.flats = sharps < 0;
    }

    /** The alteration the key signature gives a letter. */
    int signature(int letter) {
        return signature[letter];
    }

    Spelling spell(int midi) {
        int pc = Math.floorMod(midi, 12);
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
        return new Spelling(letter, alteration, Math.floorDiv(midi - alteration, 12) - 1);
    }
}
