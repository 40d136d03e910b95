// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one interpreter read in a prompt: a list of values with provenance, and the raw readings behind them
 * (tag similarities, valence and arousal) for generators that condition on numbers. A patch may hold two values
 * for the same field (the prompt said "72 bpm" and later "140 bpm"); the merge decides, and reports a
 * contradiction when both are explicit and differ. Readings never enter the merge.
 */
public record SpecPatch(String interpreter, List<SpecValue<?>> values, List<Reading> readings) {
    public SpecPatch {
        Objects.requireNonNull(interpreter, "interpreter");
        values = List.copyOf(values);
        readings = List.copyOf(readings);
    }

    public SpecPatch(String interpreter, List<SpecValue<?>> values) {
        this(interpreter, values, List.of());
    }

    public static SpecPatch empty(String interpreter) {
        return new SpecPatch(interpreter, List.of(), List.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public static Builder builder(String interpreter) {
        return new Builder(interpreter);
    }

    /** Collects values; each {@code add} records the interpreter's name in the provenance it builds. */
    public static final class Builder {
        private final String interpreter;
        private final List<SpecValue<?>> values = new ArrayList<>();
        private final List<Reading> readings = new ArrayList<>();

        private Builder(String interpreter) {
            this.interpreter = interpreter;
        }

        public <T> Builder explicit(SpecField<T> field, T value, String words) {
            values.add(new SpecValue<>(field, value, Provenance.explicit(interpreter, words)));
            return this;
        }

        public <T> Builder inferred(SpecField<T> field, T value, String words, double confidence) {
            values.add(new SpecValue<>(field, value, Provenance.inferred(interpreter, words, confidence)));
            return this;
        }

        public <T> Builder add(SpecField<T> field, T value, Provenance provenance) {
            values.add(new SpecValue<>(field, value, provenance));
            return this;
        }

        /** Records a measurement under this interpreter's name. */
        public Builder reading(String kind, String label, double value) {
            readings.add(new Reading(interpreter, kind, label, value));
            return this;
        }

        public SpecPatch build() {
            return new SpecPatch(interpreter, values, readings);
        }
    }
}
