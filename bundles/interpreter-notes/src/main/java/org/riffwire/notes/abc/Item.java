// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.Set;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;

/**
 * One element of a voice in written order, before repeats are expanded: a sound, a mark placed at the current
 * time, or a structural bar line. Durations are already in ticks; start times are assigned only on expansion.
 */
sealed interface Item {
    /** A note, chord or rest. Mutable while the reader still applies broken rhythm and ties to it. */
    final class Sound implements Item {
        final int[] pitches;
        double ticks;
        boolean tied;

        Sound(int[] pitches, double ticks) {
            this.pitches = pitches;
            this.ticks = ticks;
        }
    }

    /** Something that happens at the current time without taking any. */
    sealed interface Mark extends Item {
        AbcEvent at(long tick);
    }

    record ChordSymbol(String symbol) implements Mark {
        @Override
        public AbcEvent at(long tick) {
            return new AbcChordSymbol(tick, symbol);
        }
    }

    record TempoChange(double quarterNotesPerMinute) implements Mark {
        @Override
        public AbcEvent at(long tick) {
            return new AbcTempoChange(tick, quarterNotesPerMinute);
        }
    }

    record MeterChange(Meter meter) implements Mark {
        @Override
        public AbcEvent at(long tick) {
            return new AbcMeterChange(tick, meter);
        }
    }

    record KeyChange(Key key) implements Mark {
        @Override
        public AbcEvent at(long tick) {
            return new AbcKeyChange(tick, key);
        }
    }

    /** A "P:" label in the body: where the part of that name begins. */
    record Part(char label) implements Item {
    }

    /** The structural meaning of a bar line; plain bars carry none and are not kept. */
    enum Structure {
        REPEAT_START, REPEAT_END, SECTION_END, ENDING
    }

    /** {@code endings} holds the pass numbers of an ENDING ("[1", ":|2", "[1,3"); it is empty otherwise. */
    record Bar(Structure structure, Set<Integer> endings) implements Item {
        public Bar {
            endings = Set.copyOf(endings);
        }

        static Bar of(Structure structure) {
            return new Bar(structure, Set.of());
        }
    }
}
