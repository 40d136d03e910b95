// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The settings a generator takes besides the spec (service property {@code riffwire.options}), such as a diffusion
 * model's {@code "steps"}: pipelines and prompts may set them, and the generator reads them from
 * {@link org.riffwire.api.GenerationContext#options()}. Other keys are refused before generation.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Options {
    String PREFIX_ = "riffwire.";
    String PROPERTY = "riffwire.options";

    String[] value();
}
