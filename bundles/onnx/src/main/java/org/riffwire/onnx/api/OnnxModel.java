// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import java.io.IOException;
import java.io.InputStream;

import ai.onnxruntime.OrtException;

/**
 * One ONNX model. Its session is created on first use, shared by all callers, and closed when the model goes
 * away, but only after the calls in flight have returned.
 */
public interface OnnxModel {
    ModelDescriptor descriptor();

    <T> T run(SessionCall<T> call) throws OrtException, ModelUnavailableException;

    /** An extra file named in the descriptor's resources, such as a tokenizer. */
    InputStream resource(String name) throws IOException;

    /** "ready", "not loaded yet", or why the model cannot run. */
    String status();
}
