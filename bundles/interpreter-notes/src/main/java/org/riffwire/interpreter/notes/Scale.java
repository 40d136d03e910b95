// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.Locale;
import java.util.TreeSet;

import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.PitchSet;

/**
 * The scales a prompt may limit the notes to, as semitones above the tonic, with the mode they imply when they
 * imply one. Blues, whole-tone, harmonic and melodic minor have a tonic but no diatonic mode.
 */
enum Scale {
    MAJOR_PENTATONIC(Mode.MAJOR, 0, 2, 4, 7, 9),
    MINOR_PENTATONIC(Mode.MINOR, 0, 3, 5, 7, 10),
    BLUES(null, 0, 3, 5, 6, 7, 10),
    WHOLE_TONE(null, 0, 2, 4, 6, 8, 10),
    HARMONIC_MINOR(null, 0, 2, 3, 5, 7, 8, 11),
    MELODIC_MINOR(null, 0, 2, 3, 5, 7, 9, 11),
    MAJOR(Mode.MAJOR),
    MINOR(Mode.MINOR),
    DORIAN(Mode.DORIAN),
    PHRYGIAN(Mode.PHRYGIAN),
    LYDIAN(Mode.LYDIAN),
    MIXOLYDIAN(Mode.MIXOLYDIAN),
    LOCRIAN(Mode.LOCRIAN);

    private final Mode mode;
    private final int[] steps;

    Scale(Mode mode, int... steps) {
        this.mode = mode;
        this.steps = steps.length > 0 ? steps : diatonic(mode);
    }

    private static int[] diatonic(Mode mode) {
        int[] steps = new int[7];
        for (int d = 0; d < 7; d++) {
            steps[d] = mode.step(d);
        }
        return steps;
    }

    /** The mode this scale implies, or null. */
    Mode mode() {
        return mode;
    }

    PitchSet on(int tonic) {
        TreeSet<Integer> pcs = new TreeSet<>();
        for (int s : steps) {
            pcs.add(Math.floorMod(tonic + s, 12));
        }
        return new PitchSet(pcs);
    }

    /**
     * The scale a name stands for ("minor pentatonic", "whole-tone", "dorian", "natural minor"); a bare "pentatonic"
     * takes {@code quality} ("major", "minor" or null) to pick its kind. Null when the name is no scale.
     */
    static Scale named(String name, String quality) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").trim();
        boolean minor = quality != null && quality.toLowerCase(Locale.ROOT).startsWith("min");
        return switch (n) {
            case "pentatonic" -> minor ? MINOR_PENTATONIC : MAJOR_PENTATONIC;
            case "major pentatonic", "pentatonic major" -> MAJOR_PENTATONIC;
            case "minor pentatonic", "pentatonic minor" -> MINOR_PENTATONIC;
            case "blues" -> BLUES;
            case "whole tone", "wholetone" -> WHOLE_TONE;
            case "harmonic minor" -> HARMONIC_MINOR;
            case "melodic minor" -> MELODIC_MINOR;
            case "major", "ionian" -> MAJOR;
            case "minor", "natural minor", "aeolian" -> MINOR;
            case "dorian" -> DORIAN;
            case "phrygian" -> PHRYGIAN;
            case "lydian" -> LYDIAN;
            case "mixolydian" -> MIXOLYDIAN;
            case "locrian" -> LOCRIAN;
            default -> null;
        };
    }

    /** Pentatonic scales and the whole-tone scale are named clearly enough without the word "scale". */
    boolean needsWordScale() {
        return this != MAJOR_PENTATONIC && this != MINOR_PENTATONIC && this != WHOLE_TONE;
    }
}
