// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everyday colour names for dominant colours: the nearest of a small palette in CIELAB. */
final class ColourNames {
    private static final Map<String, Lab> PALETTE = new LinkedHashMap<>();

    static {
        Object[] named = {"black", 0x000000, "charcoal", 0x36454F, "slate grey", 0x708090, "grey", 0x808080,
                "silver", 0xC0C0C0, "white", 0xFFFFFF, "navy", 0x000080, "blue", 0x1F5FC8, "sky blue", 0x87CEEB,
                "teal", 0x008080, "turquoise", 0x40E0D0, "forest green", 0x228B22, "green", 0x3CB043,
                "olive", 0x808000, "lime", 0xBFFF00, "yellow", 0xFFE135, "gold", 0xD4A017, "orange", 0xFF8C00,
                "brown", 0x8B4513, "tan", 0xD2B48C, "beige", 0xF5F5DC, "cream", 0xFFFDD0, "red", 0xD0021B,
                "maroon", 0x800000, "pink", 0xFFB6C1, "magenta", 0xE0218A, "purple", 0x6A0DAD, "lavender", 0xB57EDC};
        for (int i = 0; i < named.length; i += 2) {
            PALETTE.put((String) named[i], Lab.of((Integer) named[i + 1]));
        }
    }

    private ColourNames() {
    }

    static String nameOf(Lab colour) {
        String best = null;
        double nearest = Double.MAX_VALUE;
        for (Map.Entry<String, Lab> e : PALETTE.entrySet()) {
            double d = e.getValue().distance(colour);
            if (d < nearest) {
                nearest = d;
                best = e.getKey();
            }
        }
        return best;
    }
}
