// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.riffwire.api.music.PitchClass;

/** A set of allowed pitch classes (0 = C). */
public record PitchSet(SortedSet<Integer> pitchClasses) {
    public PitchSet {
        TreeSet<Integer> copy = new TreeSet<>();
        for (int pc : pitchClasses) {
            if (pc < 0 || pc > 11) {
                throw new IllegalArgumentException("pitch classes are 0..11, got " + pc);
            }
            copy.add(pc);
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a pitch set needs at least one pitch class");
        }
        pitchClasses = java.util.Collections.unmodifiableSortedSet(copy);
    }

    public static PitchSet of(Collection<Integer> pitchClasses) {
        return new PitchSet(new TreeSet<>(pitchClasses));
    }

    public boolean contains(int pitchClass) {
        return pitchClasses.contains(Math.floorMod(pitchClass, 12));
    }

    @Override
    public String toString() {
        return pitchClasses.stream().map(PitchClass::name).collect(Collectors.joining(" "));
    }
}
