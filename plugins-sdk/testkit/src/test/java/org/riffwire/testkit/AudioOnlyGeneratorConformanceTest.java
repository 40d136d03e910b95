// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import java.util.Set;

import org.riffwire.api.Generator;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.SpecField;

/** The generator suite accepts a generator that makes audio only. */
class AudioOnlyGeneratorConformanceTest extends GeneratorConformance {
    @Override
    protected Generator generator() {
        return new DroneGenerator();
    }

    @Override
    protected Set<SpecField<?>> supportedConstraints() {
        return Set.of(SpecField.LENGTH, SpecField.TONIC, SpecField.MODE);
    }

    @Override
    protected String produces() {
        return Produces.AUDIO;
    }
}
