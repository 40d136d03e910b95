// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.onnx.api.SessionCall;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A real model on the test classpath, run by ONNX Runtime without a framework: for the tests of bundles that use
 * shipped models (the onnx bundle's test jar). One session for all calls, created on the first.
 */
public final class ClasspathModel implements OnnxModel {
    private final ModelDescriptor descriptor;
    private final String file;
    private OrtSession session;

    /** @param file the model's resource path; the descriptor's resources name the others */
    public ClasspathModel(ModelDescriptor descriptor, String file) {
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
