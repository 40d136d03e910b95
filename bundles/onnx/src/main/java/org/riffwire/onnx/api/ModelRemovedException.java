// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

/**
 * The model was withdrawn (replaced by a new version, or deleted) between two calls of one piece of work. Its
 * replacement, if any, is registered already: work that spans several calls starts again with it.
 */
public class ModelRemovedException extends ModelUnavailableException {
    private static final long serialVersionUID = 1L;

    public ModelRemovedException(String message) {
        super(message, null);
    }
}
