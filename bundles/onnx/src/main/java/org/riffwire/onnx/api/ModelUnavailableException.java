// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

/** The model cannot run: its file is missing or corrupt, or it is being replaced. The message says which. */
public class ModelUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
