// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The melody model's tokens, as its vocabulary file lists them (scripts/train-melody-model.py writes it): BOS,
 * meter, mode and rhythm tokens, then per bar pitch tokens (semitones from the tonic in octave 4, or REST) each
 * followed by a duration token (twelfths of a quarter note), then BAR.
 */
final class MelodyVocabulary {
    /** Duration tokens count twelfths of a quarter note; the score counts 960ths. */
    static final int TICKS_PER_UNIT = Frame.PPQ / 12;

    final int size;
    final int bos;
    final int bar;
    final int rest;
    final int layers;
    final int heads;
    final int headSize;
    final int context;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Pitch offset by token id, or Integer.MIN_VALUE. */
    final int[] pitchOf;
    /** Duration in units by token id, or 0. */
    final int[] durationOf;
    /** The ids of the pitch tokens, in vocabulary order. */
    final List<Integer> pitchTokens;

    MelodyVocabulary(Map<String, Object> file) {
        @SuppressWarnings("unchecked")
        List<Object> tokens = (List<Object>) file.get("vocabulary");
        size = tokens.size();
        pitchOf = new int[size];
        durationOf = new int[size];
        java.util.Arrays.fill(pitchOf, Integer.MIN_VALUE);
        for (int i = 0; i < size; i++) {
            String t = String.valueOf(tokens.get(i));
            ids.put(t, i);
            if (t.startsWith("P:")) {
                pitchOf[i] = Integer.parseInt(t.substring(2));
            } else if (t.startsWith("D:")) {
                durationOf[i] = Integer.parseInt(t.substring(2));
            }
        }
        List<Integer> pitches = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (pitchOf[i] != Integer.MIN_VALUE) {
                pitches.add(i);
            }
        }
        pitchTokens = List.copyOf(pitches);
        bos = id("BOS");
        bar = id("BAR");
        rest = id("REST");
        layers = number(file, "layers");
        heads = number(file, "heads");
        headSize = number(file, "headSize");
        context = number(file, "context");
        if (((Number) file.get("ticksPerQuarter")).intValue() != 12) {
            throw new IllegalArgumentException("the vocabulary counts durations in another unit than twelfths of a quarter");
        }
    }

    private static int number(Map<String, Object> file, String key) {
        Object v = file.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("the vocabulary file has no " + key);
        }
        return n.intValue();
    }

    int id(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no token " + token);
        }
        return id;
    }

    Optional<Integer> find(String token) {
        return Optional.ofNullable(ids.get(token));
    }

    /** The token of a pitch offset from the tonic, if the vocabulary has one. */
    Optional<Integer> pitch(int offset) {
        return find("P:" + offset);
    }

    /** The token of a duration in units, if the vocabulary has one. */
    Optional<Integer> duration(int units) {
        return find("D:" + units);
    }
}
