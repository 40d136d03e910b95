// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.List;

import org.riffwire.api.GenerationContext;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;

/** Builds specs from explicit values, as an interpreter would, for tests. */
final class Specs {
    private final SpecPatch.Builder builder = SpecPatch.builder("test");

    static Specs spec() {
        return new Specs();
    }

    <T> Specs with(SpecField<T> field, T value) {
        builder.explicit(field, value, field.name());
        return this;
    }

    MusicSpec build() {
        try {
            return MusicSpec.merge(List.of(builder.build()));
        } catch (SpecConflictException e) {
            throw new AssertionError(e);
        }
    }

    static GenerationContext seed(long seed) {
        return new GenerationContext() {
            @Override
            public long seed() {
                return seed;
            }

            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
