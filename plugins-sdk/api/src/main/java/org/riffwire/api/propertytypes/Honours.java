// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Which spec fields a generator honours exactly (a stated value holds in every piece, or the generator refuses the
 * spec) and which only approximately (it steers towards the value: a diffusion model asked for a tempo). Names
 * are {@link org.riffwire.api.spec.SpecField#name() field names} such as "tempo" or "pitch set"; service
 * properties {@code riffwire.honours.exact} and {@code riffwire.honours.approximate}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Honours {
    String PREFIX_ = "riffwire.honours.";

    String[] exact() default {};

    String[] approximate() default {};
}
