// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image.caption;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.riffwire.image.Picture;

/** Says in a few English words what a picture shows. */
@ConsumerType
public interface Captioner {
    /**
     * @param picture decoded safely, at about 512 × 512 pixels or less
     * @return a short caption such as "a lighthouse on a cliff at dusk", or empty when the model has nothing to say
     * @throws Exception when the model fails; the interpreter then uses its own description and says why in its status
     */
    Optional<String> caption(Picture picture) throws Exception;
}
