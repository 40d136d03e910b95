// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

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
 * A real model on the test classpath, run by ONNX Runtime without a framework: the shipped mel-flow model (from
 * the model-melflow bundle) and all-MiniLM-L6-v2 (from its Maven Central artifact). One session each for all tests.
 */
final class ClasspathModel implements OnnxModel {
    static final ClasspathModel MEL_FLOW = new ClasspathModel(new ModelDescriptor("riffwire-mel-flow", "test", "mel-flow",
            "test classpath", List.of(), List.of(), "GPL-3.0-or-later",
            Map.of("representation", "models/riffwire-mel-flow.representation.json")), "models/riffwire-mel-flow.onnx");
    static final ClasspathModel MINILM = new ClasspathModel(new ModelDescriptor("all-minilm-l6-v2-q", "test",
            "sentence-embedding", "test classpath", List.of("input_ids", "attention_mask", "token_type_ids"),
            List.of("last_hidden_state"), "Apache-2.0", Map.of("tokenizer", "all-minilm-l6-v2-q-tokenizer.json")),
            "all-minilm-l6-v2-q.onnx");

    private final ModelDescriptor descriptor;
    private final String file;
    private OrtSession session;

    private ClasspathModel(ModelDescriptor descriptor, String file) {
        this.descriptor = descriptor;
        this.file = file;
    }

    @Override
    public ModelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<String> parts() {
        return List.of(MAIN);
    }

    @Override
    public synchronized <T> T run(String part, SessionCall<T> call) throws OrtException, ModelUnavailableException {
        if (session == null) {
            try (InputStream in = resource(file)) {
                session = OrtEnvironment.getEnvironment().createSession(in.readAllBytes(), new OrtSession.SessionOptions());
            } catch (IOException e) {
                throw new ModelUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return call.call(OrtEnvironment.getEnvironment(), session);
    }

    @Override
    public InputStream resource(String name) throws IOException {
        String path = descriptor.resources().getOrDefault(name, name);
        InputStream in = ClasspathModel.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("no " + path + " on the test classpath");
        }
        return in;
    }

    @Override
    public String status() {
        return "ready";
    }
}
