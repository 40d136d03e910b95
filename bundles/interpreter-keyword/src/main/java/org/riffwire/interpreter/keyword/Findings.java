// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.List;

import org.riffwire.api.spec.Provenance;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

/**
 * The values one interpretation has found so far. The same value found twice with the same strength is kept
 * once with all its words ("soft … gentle"), so the merge sees one source per claim; different values stay
 * separate, so two explicit tempos reach the merge as the contradiction they are.
 */
final class Findings {
    private final List<Entry<?>> entries = new ArrayList<>();

    <T> void explicit(SpecField<T> field, T value, String words) {
        add(field, value, List.of(words), 1.0, Strength.EXPLICIT);
    }

    <T> void explicit(SpecField<T> field, T value, List<String> words) {
        add(field, value, words, 1.0, Strength.EXPLICIT);
    }

    <T> void inferred(SpecField<T> field, T value, double confidence, String words) {
        add(field, value, List.of(words), confidence, Strength.INFERRED);
    }

    <T> void inferred(SpecField<T> field, T value, double confidence, List<String> words) {
        add(field, value, words, confidence, Strength.INFERRED);
    }

    boolean has(SpecField<?> field) {
        return entries.stream().anyMatch(e -> e.field == field);
    }

    boolean hasExplicit(SpecField<?> field) {
        return entries.stream().anyMatch(e -> e.field == field && e.strength == Strength.EXPLICIT);
    }

    /** The words the explicit value of a field was read from; empty if it has none. */
    List<String> explicitWords(SpecField<?> field) {
        return entries.stream().filter(e -> e.field == field && e.strength == Strength.EXPLICIT).findFirst()
                .map(e -> List.copyOf(e.words)).orElse(List.of());
    }

    SpecPatch toPatch(String interpreter) {
        SpecPatch.Builder builder = SpecPatch.builder(interpreter);
        for (Entry<?> e : entries) {
            addTo(builder, interpreter, e);
        }
        return builder.build();
    }

    private static <T> void addTo(SpecPatch.Builder builder, String interpreter, Entry<T> e) {
        builder.add(e.field, e.value, new Provenance(interpreter, e.words, e.confidence, e.strength));
    }

    private <T> void add(SpecField<T> field, T value, List<String> words, double confidence, Strength strength) {
        for (Entry<?> e : entries) {
            if (e.field == field && e.strength == strength && e.value.equals(value)) {
                for (String w : words) {
                    if (!e.words.contains(w)) {
                        e.words.add(w);
                    }
                }
                e.confidence = Math.max(e.confidence, confidence);
                return;
            }
        }
        entries.add(new Entry<>(field, value, new ArrayList<>(words), confidence, strength));
    }

    private static final class Entry<T> {
        final SpecField<T> field;
        final T value;
        final List<String> words;
        double confidence;
        final Strength strength;

        Entry(SpecField<T> field, T value, List<String> words, double confidence, Strength strength) {
            this.field = field;
            this.value = value;
            this.words = words;
            this.confidence = confidence;
            this.strength = strength;
        }
    }
}
