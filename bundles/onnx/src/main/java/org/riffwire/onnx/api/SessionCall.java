// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** Work done with a model's session; the session stays open until the call returns. */
@FunctionalInterface
public interface SessionCall<T> {
    T call(OrtEnvironment environment, OrtSession session) throws OrtException;
}
