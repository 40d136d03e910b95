// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import java.util.List;
import java.util.Map;

import org.riffwire.api.GenerationContext;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.Reading;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;

/** Builds specs and contexts for conformance tests. */
public final class Specs {
    private final SpecPatch.Builder builder = SpecPatch.builder("testkit");

    private Specs() {
    }

    public static Specs spec() {
        return new Specs();
    }

    /** Adds an explicit value, as a prompt stating it would. */
    public <T> Specs with(SpecField<T> field, T value) {
        builder.explicit(field, value, field.name());
        return this;
    }

    public MusicSpec build() {
        try {
            return MusicSpec.merge(List.of(builder.build()));
        } catch (SpecConflictException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A context with a seed, an empty prompt, no readings or options, no progress sink, and a cancellation flag. */
    public static GenerationContext context(long seed, boolean cancelled) {
        return context(seed, cancelled, Prompt.of(""), List.of(), Map.of());
    }

    /**
     * A context with a seed, the prompt, readings and options a conditioned generator reads, and a cancellation
     * flag.
     */
    public static GenerationContext context(long seed, boolean cancelled, Prompt prompt, List<Reading> readings,
            Map<String, String> options) {
        return new GenerationContext() {
            @Override
            public long seed() {
                return seed;
            }

            @Override
            public Prompt prompt() {
                return prompt;
            }

            @Override
            public List<Reading> readings() {
                return List.copyOf(readings);
            }

            @Override
            public Map<String, String> options() {
                return Map.copyOf(options);
            }

            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
