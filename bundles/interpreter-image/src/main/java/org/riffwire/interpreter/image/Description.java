// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A few words that say what the picture looks like ("dark, muted, bluish, smooth; slate grey, navy"), for the
 * semantic interpreter to match with its style tags, as the image-to-music chains hand a caption on.
 */
final class Description {
    private Description() {
    }

    static String of(PictureFeatures f) {
        List<String> words = new ArrayList<>();
        double l = f.lightness();
        words.add(l < 30 ? "dark" : l < 45 ? "dim" : l > 72 ? "bright" : l > 58 ? "light" : "mid-toned");
        double m = f.colourfulness();
        words.add(m < 15 ? "colourless" : m < 33 ? "muted" : m > 82 ? "vivid" : m > 55 ? "colourful" : "softly coloured");
        if (m >= 15) {
            if (f.warmth() > 0.25) {
                words.add("warm");
            } else if (f.warmth() < -0.25) {
                words.add("bluish");
            }
        }
        if (f.contrast() > 28) {
            words.add("high-contrast");
        } else if (f.contrast() < 10) {
            words.add("soft");
        }
        words.add(f.edgeDensity() < 0.04 ? "smooth" : f.edgeDensity() > 0.15 ? "busy" : "textured");
        List<String> colours = new ArrayList<>();
        for (Map.Entry<String, Double> e : f.dominant().entrySet()) {
            if (colours.size() < 3 && e.getValue() >= 0.1) {
                colours.add(e.getKey());
            }
        }
        return String.join(", ", words) + (colours.isEmpty() ? "" : "; " + String.join(", ", colours));
    }
}
