// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The stable id of an interpreter, generator or renderer (service property {@code riffwire.name}): what pipelines
 * name it by. {@code @Name("drone")} on the component class.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Name {
    /** Declarative Services prefixes the property name derived from this type's name ("name"). */
    String PREFIX_ = "riffwire.";

    String value();
}
