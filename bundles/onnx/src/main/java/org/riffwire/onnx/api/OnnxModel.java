// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ai.onnxruntime.OrtException;

/**
 * One ONNX model: one network, or several that work together (a Stable Diffusion export's text encoder, UNet and
 * VAE), each a named part with its own session. Sessions are created on first use, shared by all callers, and
 * closed when the model goes away, but only after the calls in flight have returned.
 */
@ProviderType
public interface OnnxModel {
    /** The part of a single-network model. */
    String MAIN = "model";

    ModelDescriptor descriptor();

    /** The model's parts: {@value #MAIN} for a single network, the export's folder names for a set of them. */
    List<String> parts();

    /** Runs a call with one part's session. */
    <T> T run(String part, SessionCall<T> call) throws OrtException, ModelUnavailableException;

    /** Runs a call with the first part's session. */
    default <T> T run(SessionCall<T> call) throws OrtException, ModelUnavailableException {
        return run(parts().get(0), call);
    }

    /** An extra file named in the descriptor's resources, such as a tokenizer. */
    InputStream resource(String name) throws IOException;

    /** "ready", "not loaded yet", or why the model cannot run. */
    String status();
}
