// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.SpecValue;
import org.riffwire.api.spec.Strength;

/** A prompt read by the interpreter, with questions the tests ask of the patch. */
final class Read {
    private static final KeywordInterpreter INTERPRETER = new KeywordInterpreter();

    final SpecPatch patch;

    private Read(SpecPatch patch) {
        this.patch = patch;
    }

    static Read prompt(String text) {
        try {
            Read r = new Read(INTERPRETER.interpret(Prompt.of(text)));
            for (SpecValue<?> v : r.patch.values()) {
                assertEquals("keyword", v.provenance().interpreter());
                assertFalse(v.provenance().words().isEmpty(), () -> "no words recorded for " + v);
            }
            return r;
        } catch (InvalidPromptException e) {
            return fail("unexpected: " + e.getMessage());
        }
    }

    List<SpecValue<?>> values(SpecField<?> field) {
        return patch.values().stream().filter(v -> v.field() == field).collect(Collectors.toList());
    }

    List<SpecValue<?>> values(SpecField<?> field, Strength strength) {
        return values(field).stream().filter(v -> v.strength() == strength).collect(Collectors.toList());
    }

    /** The only explicit value of the field; fails when there is none or more than one. */
    <T> T explicit(SpecField<T> field) {
        List<SpecValue<?>> found = values(field, Strength.EXPLICIT);
        assertEquals(1, found.size(), () -> "explicit " + field + " values in " + patch.values());
        return field.cast(found.get(0).value());
    }

    <T> SpecValue<?> explicitValue(SpecField<T> field) {
        List<SpecValue<?>> found = values(field, Strength.EXPLICIT);
        assertEquals(1, found.size(), () -> "explicit " + field + " values in " + patch.values());
        return found.get(0);
    }

    /** The most confident inferred value, the one the merge would take when nothing is explicit. */
    <T> Optional<SpecValue<?>> bestInferred(SpecField<T> field) {
        return values(field, Strength.INFERRED).stream()
                .max(Comparator.comparingDouble(v -> v.provenance().confidence()));
    }

    <T> T inferred(SpecField<T> field) {
        return field.cast(bestInferred(field).orElseGet(() -> fail("no inferred " + field + " in " + patch.values()))
                .value());
    }

    double inferredConfidence(SpecField<?> field) {
        return bestInferred(field).orElseGet(() -> fail("no inferred " + field)).provenance().confidence();
    }

    boolean has(SpecField<?> field) {
        return !values(field).isEmpty();
    }

    boolean hasExplicit(SpecField<?> field) {
        return !values(field, Strength.EXPLICIT).isEmpty();
    }

    List<Integer> programs() {
        InstrumentList list = explicit(SpecField.INSTRUMENTS);
        return list.instruments().stream().map(Instrument::program).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return patch.values().toString();
    }
}
