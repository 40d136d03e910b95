// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears how a generation advances: a fraction in [0, 1] and the step under way ("generating", "rendering",
 * "listening", a generator's own steps). Called on the generation's threads; it must not block.
 */
@ConsumerType
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, step) -> { };

    void progress(double fraction, String step);
}
