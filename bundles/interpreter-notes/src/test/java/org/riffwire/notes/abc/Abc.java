// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Shortcuts for the ABC tests: parse a text and look at its notes. */
final class Abc {
    static final int QUARTER = AbcTune.PPQ;
    static final int EIGHTH = QUARTER / 2;

    private Abc() {
    }

    static AbcTune parse(String text) {
        try {
            return new AbcParser().parse(text);
        } catch (AbcSyntaxException e) {
            throw new AssertionError("did not parse: " + e.getMessage(), e);
        }
    }

    /** Parses a body under a minimal header with the given key (and L:1/8, M:4/4). */
    static AbcTune body(String key, String body) {
        return parse("X:1\nM:4/4\nL:1/8\nK:" + key + "\n" + body);
    }

    static AbcSyntaxException error(String text) {
        return assertThrows(AbcSyntaxException.class, () -> new AbcParser().parse(text));
    }

    /** The first pitch of each sounding note, rests left out. */
    static List<Integer> pitches(AbcTune tune) {
        return tune.notes().stream().filter(n -> !n.isRest()).map(n -> n.pitches().get(0)).toList();
    }

    static List<Long> durations(AbcTune tune) {
        return tune.notes().stream().map(AbcNote::durationTicks).toList();
    }

    static List<Long> starts(AbcTune tune) {
        return tune.notes().stream().map(AbcNote::startTick).toList();
    }
}
