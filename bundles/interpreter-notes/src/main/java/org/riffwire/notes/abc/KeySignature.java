// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;

/**
 * A key and the alteration it gives each note letter. The alterations come from the written tonic, not from
 * {@link Key#sharps()}, because C# major must sharpen B (to B#) where the enharmonic Db major would not.
 */
final class KeySignature {
    static final KeySignature C_MAJOR = new KeySignature(new Key(0, Mode.MAJOR), false, new int[7], null);

    private static final int[] MAJOR_SHARPS_BY_LETTER = {0, 2, 4, -1, 1, 3, 5};
    private static final int[] SHARP_ORDER = {3, 0, 4, 1, 5, 2, 6};

    private final Key key;
    private final boolean stated;
    private final int[] alterations;
    private final String warning;

    private KeySignature(Key key, boolean stated, int[] alterations, String warning) {
        this.key = key;
        this.stated = stated;
        this.alterations = alterations.clone();
        this.warning = warning;
    }

    static KeySignature unstated(String warning) {
        return new KeySignature(C_MAJOR.key, false, new int[7], warning);
    }

    /** The signature of a tonic letter (index from C), its accidental (-1, 0, 1) and a mode. */
    static KeySignature of(int letter, int accidental, Mode mode) {
        int sharps = MAJOR_SHARPS_BY_LETTER[letter] + 7 * accidental + mode.sharpsRelativeToMajor();
        int[] alterations = new int[7];
        for (int k = 0; k < Math.abs(sharps); k++) {
            int position = k % 7;
            if (sharps > 0) {
                alterations[SHARP_ORDER[position]]++;
            } else {
                alterations[SHARP_ORDER[6 - position]]--;
            }
        }
        int tonic = Math.floorMod(Letters.naturalSemitone(letter) + accidental, 12);
        return new KeySignature(new Key(tonic, mode), true, alterations, null);
    }

    /** This signature with one letter's alteration replaced, as "K:D ^g" asks. */
    KeySignature withAlteration(int letter, int alteration) {
        int[] copy = alterations.clone();
        copy[letter] = alteration;
        return new KeySignature(key, stated, copy, warning);
    }

    /** This key with no alterations at all, as "K:D exp" followed by explicit accidentals asks. */
    KeySignature withoutAlterations() {
        return new KeySignature(key, stated, new int[7], warning);
    }

    Key key() {
        return key;
    }

    boolean stated() {
        return stated;
    }

    int alteration(int letter) {
        return alterations[letter];
    }

    /** Why the key was read as C major, or null. */
    String warning() {
        return warning;
    }
}
