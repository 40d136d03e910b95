// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A test export from {@code testdata/stable-diffusion} as the model registry offers it (one model, a session per
 * part), without a framework; the registry's own handling of exports is tested in the onnx bundle and in Felix.
 */
final class FolderExport implements OnnxModel {
    static final Path EXPORTS = Path.of(System.getProperty("riffwire.testdata", "../../testdata"), "stable-diffusion");
    private static final Map<String, String> RESOURCES = Map.of("model_index", "model_index.json",
            "scheduler_config", "scheduler/scheduler_config.json", "vocab", "tokenizer/vocab.json", "merges", "tokenizer/merges.txt");

    private final Path folder;
    private final Map<String, OrtSession> sessions = new HashMap<>();

    FolderExport(String name) {
        this.folder = EXPORTS.resolve(name);
    }

    @Override
    public ModelDescriptor descriptor() {
        return new ModelDescriptor(folder.getFileName().toString(), "test", "stable-diffusion", "test folder", List.of(),
                List.of(), "", RESOURCES);
    }

    @Override
    public List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (String p : List.of("text_encoder", "unet", "vae_decoder", "vae_encoder")) {
            if (Files.exists(folder.resolve(p).resolve("model.onnx"))) {
                parts.add(p);
            }
        }
        return parts;
    }

    @Override
    public synchronized <T> T run(String part, SessionCall<T> call) throws OrtException, ModelUnavailableException {
        OrtSession session = sessions.get(part);
        if (session == null) {
            session = OrtEnvironment.getEnvironment().createSession(folder.resolve(part).resolve("model.onnx").toString());
            sessions.put(part, session);
        }
        return call.call(OrtEnvironment.getEnvironment(), session);
    }

    @Override
    public InputStream resource(String name) throws IOException {
        return Files.newInputStream(folder.resolve(RESOURCES.get(name)));
    }

    @Override
    public String status() {
        return "test";
    }
}
