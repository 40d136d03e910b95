// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import java.util.ArrayList;
import java.util.List;

/**
 * Euclidean rhythms: {@code pulses} onsets spread as evenly as they go over {@code steps} steps, by Bjorklund's
 * algorithm in the form TidalCycles and Strudel compute it (Rohan Drape's, after Toussaint 2005, "The Euclidean
 * Algorithm Generates Traditional Musical Rhythms"): (3,8) is x..x..x., (5,8) x.xx.xx.; where only one group is
 * left to spread it stops, so (3,4) is xxx., a rotation of Toussaint's x.xx. A rotation moves the pattern right
 * by that many steps, as Strudel's {@code euclidRot} does ((3,8,2) is x.x..x..).
 */
public final class Bjorklund {
    private Bjorklund() {
    }

    public static boolean[] rhythm(int pulses, int steps, int rotation) {
        if (steps <= 0) {
            return new boolean[0];
        }
        boolean[] base = rhythm(Math.max(0, Math.min(pulses, steps)), steps);
        boolean[] rotated = new boolean[steps];
        int r = Math.floorMod(rotation, steps);
        for (int i = 0; i < steps; i++) {
            rotated[(i + r) % steps] = base[i];
        }
        return rotated;
    }

    private static boolean[] rhythm(int pulses, int steps) {
        List<List<Boolean>> ons = new ArrayList<>();
        List<List<Boolean>> offs = new ArrayList<>();
        for (int i = 0; i < pulses; i++) {
            ons.add(new ArrayList<>(List.of(true)));
        }
        for (int i = 0; i < steps - pulses; i++) {
            offs.add(new ArrayList<>(List.of(false)));
        }
        // Pair the remainders with the front groups until at most one remainder group is left.
        while (Math.min(ons.size(), offs.size()) > 1) {
            int pairs = Math.min(ons.size(), offs.size());
            List<List<Boolean>> joined = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                List<Boolean> g = new ArrayList<>(ons.get(i));
                g.addAll(offs.get(i));
                joined.add(g);
            }
            List<List<Boolean>> rest = new ArrayList<>(ons.size() > pairs ? ons.subList(pairs, ons.size())
                    : offs.subList(pairs, offs.size()));
            ons = joined;
            offs = rest;
        }
        boolean[] out = new boolean[steps];
        int at = 0;
        for (List<List<Boolean>> groups : List.of(ons, offs)) {
            for (List<Boolean> g : groups) {
                for (boolean b : g) {
                    out[at++] = b;
                }
            }
        }
        return out;
    }
}
