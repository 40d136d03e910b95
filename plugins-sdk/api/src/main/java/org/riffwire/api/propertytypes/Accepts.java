// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The prompt attachments an interpreter or generator reads (service property {@code riffwire.accepts}), as
 * lower-case {@link org.riffwire.api.Attachment.Kind} names: {@value #IMAGE}, {@value #INIT_AUDIO},
 * {@value #INIT_SPECTROGRAM}. The runtime refuses a prompt whose attachment no part of its pipeline reads, rather
 * than drop it silently.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Accepts {
    String PREFIX_ = "riffwire.";
    String PROPERTY = "riffwire.accepts";
    String IMAGE = "image";
    String INIT_AUDIO = "init_audio";
    String INIT_SPECTROGRAM = "init_spectrogram";

    String[] value();
}
