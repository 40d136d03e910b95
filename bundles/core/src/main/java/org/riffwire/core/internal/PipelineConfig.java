// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A pipeline's configuration. Besides these names, a configuration carries the DS target filters derived from
 * them ({@code interpreters.target}, {@code interpreters.cardinality.minimum}, {@code generator.target}), so that
 * the pipeline is satisfied exactly when every part it names is present. {@link PipelineProperties} derives them.
 */
@ObjectClassDefinition(name = "Riffwire pipeline", description = "Interpreters and a generator, run in that order")
public @interface PipelineConfig {
    @AttributeDefinition(description = "Pipeline name, as given to generate -p")
    String name();

    // The same list as Studio.DEFAULT_INTERPRETERS, written out because annotation defaults must be constants.
    @AttributeDefinition(description = "riffwire.name of each interpreter, in order")
    String[] interpreters() default {"keyword", "notes", "pattern", "semantic", "image"};

    @AttributeDefinition(description = "riffwire.name of the generator")
    String generator() default "symbolic";

    @AttributeDefinition(description = "Output formats this pipeline may write (file extensions); empty: any")
    String[] renderers() default {};

    @AttributeDefinition(description = "Settings for every prompt unless it says otherwise, as key=value "
            + "(tempo, key, meter, length, drums, genre, dynamics)")
    String[] settings() default {};
}
