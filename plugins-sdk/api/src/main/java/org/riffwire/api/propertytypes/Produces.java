// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * What a generator's pieces hold (service property {@code riffwire.produces}): {@value #SCORE}, {@value #AUDIO}
 * or {@value #BOTH}. The runtime picks default outputs and listening by it; a generator without it is taken to
 * produce scores.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Produces {
    String PREFIX_ = "riffwire.";
    String PROPERTY = "riffwire.produces";
    String SCORE = "score";
    String AUDIO = "audio";
    String BOTH = "both";

    String value();
}
