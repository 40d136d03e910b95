// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.Objects;

/** One value for one field, with where it came from. */
public record SpecValue<T>(SpecField<T> field, T value, Provenance provenance) {
    public SpecValue {
        Objects.requireNonNull(field, "field");
        value = field.cast(value);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Strength strength() {
        return provenance.strength();
    }
}
