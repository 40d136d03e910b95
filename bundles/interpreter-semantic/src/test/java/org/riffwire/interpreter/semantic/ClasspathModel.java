// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.onnx.api.SessionCall;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The real all-MiniLM-L6-v2 from its Maven Central artifact on the test classpath, run by ONNX Runtime: the
 * same model the runtime's model bundle carries, without a framework around it.
 */
final class ClasspathModel implements OnnxModel {
    private static ClasspathModel shared;
    private final OrtSession session;

    private ClasspathModel() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            session = OrtEnvironment.getEnvironment().createSession(in.readAllBytes(), new OrtSession.SessionOptions());
        }
    }

    /** One session for all tests: creating it takes about half a second. */
    static synchronized ClasspathModel minilm() throws Exception {
        if (shared == null) {
            shared = new ClasspathModel();
        }
        return shared;
    }

    @Override
    public ModelDescriptor descriptor() {
        return new ModelDescriptor("all-minilm-l6-v2-q", "test", "sentence-embedding", "test classpath",
                List.of("input_ids", "attention_mask", "token_type_ids"), List.of("last_hidden_state"), "Apache-2.0",
                Map.of("tokenizer", "all-minilm-l6-v2-q-tokenizer.json"));
    }

    @Override
    public java.util.List<String> parts() {
        return java.util.List.of(MAIN);
    }

    @Override
    public <T> T run(String part, SessionCall<T> call) throws OrtException, ModelUnavailableException {
        return call.call(OrtEnvironment.getEnvironment(), session);
    }

    @Override
    public InputStream resource(String name) throws IOException {
        return getClass().getResourceAsStream("/" + descriptor().resources().get(name));
    }

    @Override
    public String status() {
        return "ready";
    }
}
