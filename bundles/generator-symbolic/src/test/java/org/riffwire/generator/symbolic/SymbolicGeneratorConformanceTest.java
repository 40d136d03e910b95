// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.Set;

import org.riffwire.api.Generator;
import org.riffwire.api.spec.SpecField;
import org.riffwire.testkit.GeneratorConformance;

/** The symbolic generator against the SDK's generator contract. */
class SymbolicGeneratorConformanceTest extends GeneratorConformance {
    @Override
    protected Generator generator() {
        return new SymbolicGenerator();
    }

    @Override
    protected Set<SpecField<?>> supportedConstraints() {
        return Set.of(SpecField.TEMPO, SpecField.METER, SpecField.TONIC, SpecField.MODE, SpecField.LENGTH,
                SpecField.PITCH_SET, SpecField.DRUMS, SpecField.INSTRUMENTS, SpecField.OPENING);
    }
}
