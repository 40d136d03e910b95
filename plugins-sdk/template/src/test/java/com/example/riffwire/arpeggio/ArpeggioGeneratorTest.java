// SPDX-License-Identifier: Apache-2.0
package com.example.riffwire.arpeggio;

import java.util.Set;

import org.riffwire.api.Generator;
import org.riffwire.api.spec.SpecField;
import org.riffwire.testkit.GeneratorConformance;

/** The SDK's conformance suite: every supported constraint honoured, seeds, cancellation, clear refusals. */
class ArpeggioGeneratorTest extends GeneratorConformance {
    @Override
    protected Generator generator() {
        return new ArpeggioGenerator();
    }

    @Override
    protected Set<SpecField<?>> supportedConstraints() {
        return Set.of(SpecField.TEMPO, SpecField.METER, SpecField.TONIC, SpecField.MODE, SpecField.LENGTH);
    }
}
