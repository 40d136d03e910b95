// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;

/** Close-position chord voicings inside a register, each led smoothly from the previous one. */
final class Voicing {
    private final int low;
    private final int high;
    private double center;

    Voicing(int low, int high) {
        this.low = low;
        this.high = high;
        this.center = (low + high) / 2.0;
    }

    /** Pitches of the chord, ascending, in the inversion nearest to the previous voicing. */
    List<Integer> next(Chord chord) {
        List<Integer> best = null;
        double bestDistance = Double.MAX_VALUE;
        List<Integer> pcs = chord.pitchClasses();
        for (int inversion = 0; inversion < pcs.size(); inversion++) {
            for (int base = low; base < low + 12; base++) {
                if (base % 12 != pcs.get(inversion)) {
                    continue;
                }
                List<Integer> voicing = new ArrayList<>();
                int previous = base - 1;
                for (int i = 0; i < pcs.size(); i++) {
                    int pc = pcs.get((inversion + i) % pcs.size());
                    int p = previous + 1;
                    while (p % 12 != pc) {
                        p++;
                    }
                    voicing.add(p);
                    previous = p;
                }
                // Octave shifts of the same shape, kept inside the register.
                for (int shift = 0; voicing.get(voicing.size() - 1) + shift <= high; shift += 12) {
                    double mean = voicing.stream().mapToInt(Integer::intValue).average().orElse(0) + shift;
                    double distance = Math.abs(mean - center);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        List<Integer> shifted = new ArrayList<>();
                        for (int p : voicing) {
                            shifted.add(p + shift);
                        }
                        best = shifted;
                    }
                }
            }
        }
        if (best == null) {
            // The register is narrower than the chord: stack what fits from the bottom.
            best = new ArrayList<>();
            for (int p = low; p <= high && best.size() < pcs.size(); p++) {
                if (chord.contains(p)) {
                    best.add(p);
                }
            }
        }
        // Drift back toward the middle of the register so a long piece does not creep to an edge.
        center = 0.7 * best.stream().mapToInt(Integer::intValue).average().orElse(center) + 0.3 * (low + high) / 2.0;
        return best;
    }
}
