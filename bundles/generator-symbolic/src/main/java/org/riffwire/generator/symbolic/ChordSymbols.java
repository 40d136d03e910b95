// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.music.PitchClass;

/** Reads chord symbols as written above ABC tunes: "Am", "G7", "D/F#", "Bbmaj7", "F#dim", "Esus4". */
final class ChordSymbols {
    private static final Pattern SYMBOL = Pattern.compile(
            "^([A-Ga-g])([#b]?)(maj7|maj|min7|min|m7b5|m7|m6|m|dim7|dim|aug|\\+|sus2|sus4|sus|7|6|9|add9)?(?:/([A-Ga-g][#b]?))?.*$");

    private ChordSymbols() {
    }

    /** The chord's pitch classes reduced to the allowed ones; empty when unreadable or its root is not allowed. */
    static Optional<Chord> parse(String symbol, Set<Integer> allowed) {
        Matcher m = SYMBOL.matcher(symbol.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Integer> root = PitchClass.parse(m.group(1) + m.group(2));
        if (root.isEmpty() || !allowed.contains(root.get())) {
            return Optional.empty();
        }
        String quality = m.group(3) == null ? "" : m.group(3);
        int[] intervals = switch (quality) {
            case "m", "min" -> new int[] {0, 3, 7};
            case "m7", "min7" -> new int[] {0, 3, 7, 10};
            case "m6" -> new int[] {0, 3, 7, 9};
            case "m7b5" -> new int[] {0, 3, 6, 10};
            case "dim" -> new int[] {0, 3, 6};
            case "dim7" -> new int[] {0, 3, 6, 9};
            case "aug", "+" -> new int[] {0, 4, 8};
            case "sus2" -> new int[] {0, 2, 7};
            case "sus4", "sus" -> new int[] {0, 5, 7};
            case "7" -> new int[] {0, 4, 7, 10};
            case "maj7" -> new int[] {0, 4, 7, 11};
            case "6" -> new int[] {0, 4, 7, 9};
            case "9", "add9" -> new int[] {0, 4, 7, 2};
            default -> new int[] {0, 4, 7};
        };
        List<Integer> pcs = new ArrayList<>();
        for (int i : intervals) {
            int pc = (root.get() + i) % 12;
            if (allowed.contains(pc)) {
                pcs.add(pc);
            }
        }
        return Optional.of(new Chord(root.get(), pcs, -1));
    }
}
