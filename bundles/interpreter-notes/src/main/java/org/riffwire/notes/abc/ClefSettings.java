// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/**
 * The clef settings of a K: or V: value that change what the notes sound (ABC 2.1 §4.6): "octave=N" moves the
 * written notes by N octaves and "transpose=N" moves the sound by N semitones, as abc2midi plays them. The clef
 * itself ("bass", "clef=alto") only changes the staff, not the pitch of a written note. A setting that is not
 * written keeps its value.
 */
final class ClefSettings {
    /** Far beyond any instrument, and small enough that a pitch stays an int. */
    private static final int MAX_SHIFT = 127;

    private ClefSettings() {
    }

    static void apply(String value, TuneState state) throws FieldValueException {
        for (String token : value.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = token.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("octave")) {
                state.setOctaveShift(number(token, eq, MAX_SHIFT / 12));
            } else if (name.equals("transpose")) {
                state.setTranspose(number(token, eq, MAX_SHIFT));
            }
        }
    }

    private static int number(String token, int eq, int bound) throws FieldValueException {
        String digits = token.substring(eq + 1);
        if (!digits.matches("[+-]?\\d{1,3}") || Math.abs(Integer.parseInt(digits)) > bound) {
            throw new FieldValueException("'" + token + "' needs a whole number from -" + bound + " to " + bound);
        }
        return Integer.parseInt(digits);
    }
}
