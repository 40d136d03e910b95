// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import java.util.List;

import org.riffwire.api.spec.Genres;

/**
 * One style tag of the vocabulary and what it implies musically. Empty strings and zeros mean "no preference";
 * {@code instruments} are General MIDI programs, melody first.
 */
record Tag(String name, String family, String description, String genre, int tempoMin, int tempoMax, String meter,
        String mode, List<Integer> instruments, String drums, String dynamics, String register, double valence,
        double arousal) {

    Tag {
        instruments = List.copyOf(instruments);
    }

    /** What gets embedded: the name and its scene. */
    String text() {
        return name + ": " + description;
    }

    /** Parses one row of tags.tsv (the columns of its header). */
    static Tag parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 14) {
            throw new IllegalArgumentException("a tag row needs 14 tab-separated columns, got " + c.length + ": " + line);
        }
        if (!c[3].isBlank() && !Genres.isKnown(c[3].strip())) {
            throw new IllegalArgumentException("tag " + c[0].strip() + " names genre '" + c[3].strip()
                    + "', which is not in the API's Genres.IDS");
        }
        List<Integer> programs = c[8].isBlank() ? List.of()
                : java.util.Arrays.stream(c[8].split(",")).map(String::strip).map(Integer::parseInt).toList();
        return new Tag(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), integer(c[4]), integer(c[5]),
                c[6].strip(), c[7].strip(), programs, c[9].strip(), c[10].strip(), c[11].strip(),
                Double.parseDouble(c[12].strip()), Double.parseDouble(c[13].strip()));
    }

    private static int integer(String s) {
        return s.isBlank() ? 0 : Integer.parseInt(s.strip());
    }
}
