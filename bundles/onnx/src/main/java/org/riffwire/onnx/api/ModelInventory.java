// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The models a runtime has: as the table {@code riffwire models} and {@code riff:models} print, and as values for
 * a program (the HTTP API).
 */
@ProviderType
public interface ModelInventory {
    /** Every model with its version, kind, source and state, then the files that could not become models, and why. */
    String report();

    /** Every model, sorted by name. */
    List<OnnxModel> installed();

    /** The model files or folders that could not become models, each with why. */
    Map<String, String> problems();
}
