// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import org.osgi.annotation.versioning.ProviderType;

/** The models a runtime has, for people: the table {@code riffwire models} and {@code riff:models} print. */
@ProviderType
public interface ModelInventory {
    /** Every model with its version, kind, source and state, then the files that could not become models, and why. */
    String report();
}
