// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Map;
import java.util.Set;

/**
 * Plain instrument words whose sound depends on the genre: the "guitar" of a rock song is overdriven, the "bass"
 * of a jazz trio is an upright, the "organ" of a reggae tune is a Hammond. Elsewhere the words keep their plain
 * reading (acoustic guitar, electric bass, church organ).
 */
final class InstrumentContext {
    private static final int NYLON_GUITAR = 24;
    private static final int JAZZ_GUITAR = 26;
    private static final int CLEAN_GUITAR = 27;
    private static final int OVERDRIVEN_GUITAR = 29;
    private static final int DISTORTION_GUITAR = 30;
    private static final int ACOUSTIC_BASS = 32;
    private static final int SYNTH_BASS = 38;
    private static final int HAMMOND = 16;

    private static final Set<String> HEAVY = Set.of("metal", "punk");
    private static final Set<String> JAZZ = Set.of("jazz", "swing", "jazz ballad");
    private static final Set<String> CLEAN = Set.of("pop", "funk", "disco", "r&b", "reggae", "ska", "house",
            "gospel", "soft rock");
    private static final Set<String> SPANISH = Set.of("bossa nova", "samba", "flamenco", "tango");
    private static final Set<String> UPRIGHT_BASS = Set.of("jazz", "swing", "jazz ballad", "blues", "bossa nova",
            "samba", "tango", "salsa", "bluegrass");
    private static final Set<String> ELECTRONIC = Set.of("house", "techno", "trance", "drum and bass", "synthwave",
            "dubstep", "trap", "chiptune");
    private static final Set<String> HAMMOND_ORGAN = Set.of("reggae", "rock", "gospel", "blues", "jazz", "swing",
            "funk", "r&b", "ska", "soft rock", "power ballad");
    // Plural forms read like their singular.
    private static final Map<String, String> SINGULAR = Map.of("guitars", "guitar", "electric guitars",
            "electric guitar", "basses", "bass", "organs", "organ");

    private InstrumentContext() {
    }

    /** The program for the instrument words {@code key} (lower case, single-spaced) in {@code genre}. */
    static int program(String key, Genre genre, int plain) {
        if (genre == null) {
            return plain;
        }
        String g = genre.id();
        switch (SINGULAR.getOrDefault(key, key)) {
            case "guitar":
                if (g.equals("rock") || g.equals("power ballad")) {
                    return OVERDRIVEN_GUITAR;
                }
                if (HEAVY.contains(g)) {
                    return DISTORTION_GUITAR;
                }
                if (JAZZ.contains(g)) {
                    return JAZZ_GUITAR;
                }
                if (CLEAN.contains(g)) {
                    return CLEAN_GUITAR;
                }
                return SPANISH.contains(g) ? NYLON_GUITAR : plain;
            case "electric guitar":
                if (HEAVY.contains(g) || g.equals("rock")) {
                    return DISTORTION_GUITAR;
                }
                return JAZZ.contains(g) ? JAZZ_GUITAR : plain;
            case "bass":
                if (UPRIGHT_BASS.contains(g)) {
                    return ACOUSTIC_BASS;
                }
                return ELECTRONIC.contains(g) ? SYNTH_BASS : plain;
            case "organ":
                return HAMMOND_ORGAN.contains(g) ? HAMMOND : plain;
            default:
                return plain;
        }
    }
}
