// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.riffwire.api.music.Mode;

/**
 * Reads a K: value: a tonic with optional # or b, a mode ("m", "min", "maj", "dor", "mix", "phr", "lyd", "loc",
 * "aeo", "ion", or the whole word, joined or after a space), then explicit accidentals ("^f _b =c"), "exp" and
 * clef settings ({@link ClefSettings} reads those that move pitches). "none", "HP" and "Hp" give C major without a
 * stated key. A value of clef settings alone ("K:bass", "K:clef=alto transpose=-2") keeps the key in force.
 */
final class KeyFieldReader {
    private static final Map<String, Mode> MODES = Map.of("maj", Mode.MAJOR, "ion", Mode.MAJOR, "min", Mode.MINOR,
            "aeo", Mode.MINOR, "dor", Mode.DORIAN, "phr", Mode.PHRYGIAN, "lyd", Mode.LYDIAN, "mix", Mode.MIXOLYDIAN,
            "loc", Mode.LOCRIAN);

    private KeyFieldReader() {
    }

    private static final Pattern CLEF = Pattern.compile(
            "(?i)(clef=)?(treble|alto|tenor|bass|baritone|soprano|mezzosoprano|perc)[1-5]?([+-]8)?");

    static KeySignature read(String value, KeySignature current) throws FieldValueException {
        List<String> tokens = new ArrayList<>(List.of(value.trim().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        if (tokens.isEmpty()) {
            return KeySignature.unstated("K: is empty; read as C major");
        }
        String first = tokens.get(0);
        KeySignature signature;
        int next = 1;
        if (first.equalsIgnoreCase("none")) {
            signature = KeySignature.unstated("K:none; read as C major");
        } else if (first.equals("HP") || first.equals("Hp")) {
            signature = KeySignature.unstated("K:" + first + " (Highland pipes) has no key signature here; read as C major");
        } else if (first.indexOf('=') >= 0 && "^_=".indexOf(first.charAt(0)) < 0 || CLEF.matcher(first).matches()) {
            signature = current;
            next = 0;
        } else if ("^_=".indexOf(first.charAt(0)) >= 0) {
            signature = KeySignature.unstated(null);
            next = 0;
        } else {
            int letter = Letters.index(first.charAt(0));
            if (letter < 0) {
                throw new FieldValueException("unknown key '" + first + "' in the K: field");
            }
            int position = 1;
            int accidental = 0;
            if (position < first.length() && (first.charAt(position) == '#' || first.charAt(position) == 'b')) {
                accidental = first.charAt(position) == '#' ? 1 : -1;
                position++;
            }
            String modeText = first.substring(position);
            if (modeText.isEmpty() && tokens.size() > 1 && isModeWord(tokens.get(1))) {
                modeText = tokens.get(1);
                next = 2;
            }
            signature = KeySignature.of(letter, accidental, mode(modeText, first));
        }
        return withModifiers(signature, tokens.subList(next, tokens.size()));
    }

    private static boolean isModeWord(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.equals("m") || t.length() >= 3 && t.chars().allMatch(Character::isLetter)
                && MODES.containsKey(t.substring(0, 3));
    }

    private static Mode mode(String text, String keyText) throws FieldValueException {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Mode.MAJOR;
        }
        if (t.equals("m")) {
            return Mode.MINOR;
        }
        Mode mode = t.length() >= 3 && t.chars().allMatch(Character::isLetter) ? MODES.get(t.substring(0, 3)) : null;
        if (mode == null) {
            throw new FieldValueException("unknown mode '" + text + "' in the K: field '" + keyText + "'");
        }
        return mode;
    }

    /** Applies explicit accidentals and "exp"; clef, transposition and other settings do not change pitches here. */
    private static KeySignature withModifiers(KeySignature signature, List<String> tokens) {
        KeySignature result = signature;
        if (tokens.stream().anyMatch(t -> t.equalsIgnoreCase("exp"))) {
            result = result.withoutAlterations();
        }
        for (String token : tokens) {
            int alteration = 0;
            int i = 0;
            while (i < token.length() && "^_=".indexOf(token.charAt(i)) >= 0) {
                char c = token.charAt(i++);
                alteration += c == '^' ? 1 : c == '_' ? -1 : 0;
            }
            if (i > 0 && i == token.length() - 1 && i <= 2 && Letters.index(token.charAt(i)) >= 0) {
                result = result.withAlteration(Letters.index(token.charAt(i)), alteration);
            }
        }
        return result;
    }
}
