// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

import java.util.Locale;
import java.util.Optional;

/** Pitch classes 0 (C) to 11 (B) and their spelling. */
public final class PitchClass {
    private static final String[] SHARP_NAMES = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    private static final String[] FLAT_NAMES = {"C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"};
    private static final int[] NATURALS = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G

    private PitchClass() {
    }

    public static String name(int pitchClass) {
        return SHARP_NAMES[Math.floorMod(pitchClass, 12)];
    }

    public static String name(int pitchClass, boolean preferFlats) {
        return (preferFlats ? FLAT_NAMES : SHARP_NAMES)[Math.floorMod(pitchClass, 12)];
    }

    /**
     * Parses a note name such as "C", "f#", "Bb", "B flat", "E-flat", "C sharp", "C♯".
     * Returns empty when the text is not a note name.
     */
    public static Optional<Integer> parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'g') {
            return Optional.empty();
        }
        int pc = NATURALS[s.charAt(0) - 'a'];
        String rest = s.substring(1).trim();
        switch (rest) {
            case "" -> {
            }
            case "#", "♯", "sharp", "is" -> pc += 1;
            case "##", "double sharp" -> pc += 2;
            case "b", "♭", "flat", "es", "s" -> pc -= 1;
            case "bb", "double flat" -> pc -= 2;
            case "♮", "natural" -> {
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(Math.floorMod(pc, 12));
    }
}
