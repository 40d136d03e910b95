// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.Locale;

/**
 * How a genre arranges its parts: the accompaniment figure, the bass figure, the drum groove, how busy the melody
 * is, and whether eighths swing. Genre ids are the keyword interpreter's.
 */
record Style(Comping comping, BassFigure bass, Groove groove, double density, boolean swing) {

    enum Comping { BLOCK, ARPEGGIO, STRUM, OFFBEAT, WALTZ, PULSE, COMP }

    enum BassFigure { HELD, ROOT_FIFTH, EIGHTHS, WALKING, QUARTERS, SYNCOPATED, OOM }

    enum Groove { BACKBEAT, FOUR_ON_FLOOR, BREAKBEAT, BOOM_BAP, ONE_DROP, OFFBEAT_SKA, BOSSA, SAMBA, HABANERA, CLAVE,
        FUNK, SWING_RIDE, MARCH, POLKA, WALTZ, JIG, TRAP, GENERIC }

    static Style forGenre(String genre, boolean calm) {
        String g = genre == null ? "" : genre.toLowerCase(Locale.ROOT);
        return switch (g) {
            case "rock", "punk", "metal" -> new Style(Comping.STRUM, BassFigure.EIGHTHS, Groove.BACKBEAT, 1.0, false);
            case "soft rock", "power ballad" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.BACKBEAT, 0.8, false);
            case "ballad" -> new Style(Comping.ARPEGGIO, BassFigure.HELD, Groove.BACKBEAT, 0.7, false);
            case "r&b" -> new Style(Comping.COMP, BassFigure.SYNCOPATED, Groove.BOOM_BAP, 0.8, true);
            case "trap" -> new Style(Comping.BLOCK, BassFigure.HELD, Groove.TRAP, 0.8, false);
            case "dubstep" -> new Style(Comping.BLOCK, BassFigure.SYNCOPATED, Groove.BREAKBEAT, 0.8, false);
            case "bluegrass" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.GENERIC, 1.2, false);
            case "flamenco" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.GENERIC, 1.1, false);
            case "sea shanty" -> new Style(Comping.STRUM, BassFigure.OOM, Groove.JIG, 1.0, false);
            case "minuet" -> new Style(Comping.WALTZ, BassFigure.OOM, Groove.WALTZ, 0.9, false);
            case "pop", "country", "gospel" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.BACKBEAT, 1.0, false);
            case "synthwave", "chiptune", "trance" -> new Style(Comping.PULSE, BassFigure.EIGHTHS,
                    g.equals("trance") ? Groove.FOUR_ON_FLOOR : Groove.BACKBEAT, 1.0, false);
            case "house", "techno", "disco" -> new Style(Comping.PULSE, BassFigure.SYNCOPATED, Groove.FOUR_ON_FLOOR, 0.9, false);
            case "drum and bass" -> new Style(Comping.BLOCK, BassFigure.HELD, Groove.BREAKBEAT, 0.7, false);
            case "hip hop", "lofi hip hop" -> new Style(Comping.COMP, BassFigure.SYNCOPATED, Groove.BOOM_BAP, 0.8, true);
            case "reggae" -> new Style(Comping.OFFBEAT, BassFigure.SYNCOPATED, Groove.ONE_DROP, 0.8, false);
            case "ska" -> new Style(Comping.OFFBEAT, BassFigure.WALKING, Groove.OFFBEAT_SKA, 1.0, false);
            case "bossa nova" -> new Style(Comping.COMP, BassFigure.ROOT_FIFTH, Groove.BOSSA, 0.9, false);
            case "samba" -> new Style(Comping.COMP, BassFigure.ROOT_FIFTH, Groove.SAMBA, 1.1, false);
            case "tango" -> new Style(Comping.STRUM, BassFigure.SYNCOPATED, Groove.HABANERA, 1.0, false);
            case "salsa" -> new Style(Comping.COMP, BassFigure.SYNCOPATED, Groove.CLAVE, 1.1, false);
            case "funk" -> new Style(Comping.COMP, BassFigure.SYNCOPATED, Groove.FUNK, 1.1, false);
            case "jazz", "swing", "blues" -> new Style(Comping.COMP, BassFigure.WALKING, Groove.SWING_RIDE, 1.0, true);
            case "jazz ballad" -> new Style(Comping.BLOCK, BassFigure.WALKING, Groove.SWING_RIDE, 0.7, true);
            case "ambient", "chorale", "cinematic" -> new Style(Comping.BLOCK, BassFigure.HELD, Groove.GENERIC, 0.6, false);
            case "fanfare" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.MARCH, 1.0, false);
            case "march" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.MARCH, 1.0, false);
            case "polka" -> new Style(Comping.OFFBEAT, BassFigure.ROOT_FIFTH, Groove.POLKA, 1.0, false);
            case "waltz" -> new Style(Comping.WALTZ, BassFigure.OOM, Groove.WALTZ, 0.9, false);
            case "lullaby" -> new Style(Comping.ARPEGGIO, BassFigure.HELD, Groove.WALTZ, 0.6, false);
            case "jig", "reel", "celtic" -> new Style(Comping.STRUM, BassFigure.ROOT_FIFTH, Groove.JIG, 1.2, false);
            case "folk", "classical", "baroque" -> new Style(Comping.ARPEGGIO, BassFigure.ROOT_FIFTH, Groove.GENERIC, 1.0, false);
            default -> calm ? new Style(Comping.ARPEGGIO, BassFigure.HELD, Groove.GENERIC, 0.7, false)
                    : new Style(Comping.ARPEGGIO, BassFigure.ROOT_FIFTH, Groove.GENERIC, 1.0, false);
        };
    }
}
