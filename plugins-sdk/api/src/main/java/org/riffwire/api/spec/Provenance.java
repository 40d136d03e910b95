// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;
import java.util.Objects;

/**
 * Where a value came from: the interpreter's name, the words of the prompt it read, its confidence in [0, 1]
 * and how firmly the prompt asked for it.
 */
public record Provenance(String interpreter, List<String> words, double confidence, Strength strength) {
    public Provenance {
        Objects.requireNonNull(interpreter, "interpreter");
        words = List.copyOf(words);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        Objects.requireNonNull(strength, "strength");
    }

    public static Provenance explicit(String interpreter, String words) {
        return new Provenance(interpreter, List.of(words), 1.0, Strength.EXPLICIT);
    }

    public static Provenance inferred(String interpreter, String words, double confidence) {
        return new Provenance(interpreter, List.of(words), confidence, Strength.INFERRED);
    }

    public static Provenance byDefault(String source) {
        return new Provenance(source, List.of(), 1.0, Strength.DEFAULT);
    }

    /** The quoted words, or the interpreter name when no words were read, for messages. */
    public String describe() {
        return words.isEmpty() ? interpreter + " default" : "\"" + String.join(" … ", words) + "\" (" + interpreter + ")";
    }
}
