// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;

/**
 * Pattern words as MIDI notes, as Strudel reads them: note names with an octave in scientific pitch (c4 is
 * middle C, 60), octave 3 when none is written, sharps as {@code #} or {@code s} and flats as {@code b} or
 * {@code f}, any number of them; numbers as MIDI notes, or as degrees of a {@code scale("C:minor")} counted from
 * 0, the scale's tonic in octave 3 unless written ("C4:major").
 */
final class Pitches {
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("([a-gA-G])([#bsf]*)(-?\\d*)");
    private static final Map<Character, Integer> CHROMA = Map.of('c', 0, 'd', 2, 'e', 4, 'f', 5, 'g', 7, 'a', 9, 'b', 11);
    static final int DEFAULT_OCTAVE = 3;

    private static final Map<String, List<Integer>> SCALES = Map.ofEntries(
            Map.entry("major", List.of(0, 2, 4, 5, 7, 9, 11)), Map.entry("ionian", List.of(0, 2, 4, 5, 7, 9, 11)),
            Map.entry("minor", List.of(0, 2, 3, 5, 7, 8, 10)), Map.entry("aeolian", List.of(0, 2, 3, 5, 7, 8, 10)),
            Map.entry("dorian", List.of(0, 2, 3, 5, 7, 9, 10)), Map.entry("phrygian", List.of(0, 1, 3, 5, 7, 8, 10)),
            Map.entry("lydian", List.of(0, 2, 4, 6, 7, 9, 11)), Map.entry("mixolydian", List.of(0, 2, 4, 5, 7, 9, 10)),
            Map.entry("locrian", List.of(0, 1, 3, 5, 6, 8, 10)),
            Map.entry("harmonic minor", List.of(0, 2, 3, 5, 7, 8, 11)),
            Map.entry("melodic minor", List.of(0, 2, 3, 5, 7, 9, 11)),
            Map.entry("major pentatonic", List.of(0, 2, 4, 7, 9)), Map.entry("pentatonic", List.of(0, 2, 4, 7, 9)),
            Map.entry("minor pentatonic", List.of(0, 3, 5, 7, 10)), Map.entry("blues", List.of(0, 3, 5, 6, 7, 10)),
            Map.entry("major blues", List.of(0, 2, 3, 4, 7, 9)), Map.entry("whole tone", List.of(0, 2, 4, 6, 8, 10)),
            Map.entry("chromatic", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));

    /** A scale: its tonic's MIDI note and its steps in semitones. */
    record Scale(String name, int tonic, List<Integer> steps) {
        /** The mode this scale is, when it is one of the seven (a pentatonic or blues scale is none). */
        java.util.Optional<org.riffwire.api.music.Mode> mode() {
            if (steps.size() != 7) {
                return java.util.Optional.empty();
            }
            for (org.riffwire.api.music.Mode m : org.riffwire.api.music.Mode.values()) {
                boolean same = true;
                for (int d = 0; d < 7; d++) {
                    same &= m.step(d) == steps.get(d);
                }
                if (same) {
                    return java.util.Optional.of(m);
                }
            }
            return java.util.Optional.empty();
        }

        int degree(long d) {
            int size = steps.size();
            return tonic + 12 * (int) Math.floorDiv(d, size) + steps.get((int) Math.floorMod(d, size));
        }
    }

    private Pitches() {
    }

    /** The MIDI note of a note name such as c3, eb, f#4, or empty when the word is not one. */
    static OptionalInt noteName(String word) {
        Matcher m = NOTE.matcher(word);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int chroma = CHROMA.get(Character.toLowerCase(m.group(1).charAt(0)));
        int offset = 0;
        for (char c : m.group(2).toCharArray()) {
            offset += c == '#' || c == 's' ? 1 : -1;
        }
        int octave = m.group(3).isEmpty() || m.group(3).equals("-") ? DEFAULT_OCTAVE : Integer.parseInt(m.group(3));
        return OptionalInt.of((octave + 1) * 12 + chroma + offset);
    }

    /** Strudel's scale names: "C:major", "D4:minor", "A:minor:pentatonic", "C minor pentatonic". */
    static Scale scale(String text) {
        String[] parts = text.strip().split("[:\\s]+", 2);
        OptionalInt tonic = noteName(parts[0]);
        if (tonic.isEmpty() || parts.length < 2) {
            throw new IllegalArgumentException("scale(\"" + text + "\") needs a tonic and a scale, such as \"C:major\" or \"A:minor:pentatonic\"");
        }
        String name = parts[1].toLowerCase(Locale.ROOT).replace(':', ' ').replaceAll("\\s+", " ").strip();
        List<Integer> steps = SCALES.get(name);
        if (steps == null) {
            throw new IllegalArgumentException("scale(\"" + text + "\"): '" + name + "' is not a scale this reads; it reads "
                    + String.join(", ", new java.util.TreeSet<>(SCALES.keySet())));
        }
        return new Scale(parts[0] + ":" + name, tonic.getAsInt(), steps);
    }
}
