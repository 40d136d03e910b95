// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.riffwire.onnx.api.Json;
import org.riffwire.onnx.api.ModelDescriptor;

/**
 * A Stable Diffusion export in the layout Hugging Face optimum writes ({@code model_index.json},
 * {@code scheduler/scheduler_config.json}, {@code tokenizer/vocab.json} and {@code merges.txt}, and
 * {@code text_encoder}, {@code unet}, {@code vae_decoder}, optionally {@code vae_encoder}, each a
 * {@code model.onnx} with its weights inside or beside it) as one model of kind {@value #KIND} with those parts.
 * Reading checks every file is there and every part declares the tensors optimum names, so a broken export is
 * listed with the reason instead of failing a generation later.
 */
final class StableDiffusionExport {
    static final String KIND = "stable-diffusion";
    static final String INDEX = "model_index.json";

    /** The tensors each part must declare: inputs, then outputs (one of several names where exports differ). */
    private static final Map<String, List<List<String>>> CONTRACT = Map.of(
            "text_encoder", List.of(List.of("input_ids"), List.of("last_hidden_state")),
            "unet", List.of(List.of("sample", "timestep", "encoder_hidden_states"), List.of("out_sample")),
            "vae_decoder", List.of(List.of("latent_sample"), List.of("sample")),
            "vae_encoder", List.of(List.of("sample"), List.of("latent_parameters|latent_sample")));
    private static final List<String> REQUIRED = List.of("text_encoder", "unet", "vae_decoder");
    private static final Map<String, String> RESOURCES = Map.of("model_index", INDEX,
            "scheduler_config", "scheduler/scheduler_config.json", "vocab", "tokenizer/vocab.json",
            "merges", "tokenizer/merges.txt");

    private StableDiffusionExport() {
    }

    static boolean isExport(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(INDEX));
    }

    /** What changes when any file of the export changes. */
    static String stamp(Path folder) {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(folder, 2)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(folder.relativize(f)).append('=').append(Files.size(f)).append('@')
                        .append(Files.getLastModifiedTime(f).toMillis()).append(';');
            }
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
        return sb.toString();
    }

    /**
     * @throws IllegalArgumentException naming the first thing missing or wrong
     */
    static Registration read(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String file : RESOURCES.values()) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new IllegalArgumentException("missing " + file);
            }
            resources.put(file, Files.readAllBytes(folder.resolve(file)));
        }
        Json.object(text(resources, INDEX), name + "/" + INDEX);
        String scheduler = RESOURCES.get("scheduler_config");
        Json.object(text(resources, scheduler), name + "/" + scheduler);
        List<String> parts = new ArrayList<>();
        for (String part : List.of("text_encoder", "unet", "vae_decoder", "vae_encoder")) {
            Path model = folder.resolve(part).resolve("model.onnx");
            if (!Files.isRegularFile(model)) {
                if (REQUIRED.contains(part)) {
                    throw new IllegalArgumentException("missing " + part + "/model.onnx");
                }
                continue;
            }
            OnnxGraphNames.Names names;
            try {
                names = OnnxGraphNames.read(model);
            } catch (IOException e) {
                throw new IllegalArgumentException(part + "/model.onnx cannot be read: " + e.getMessage(), e);
            }
            check(part, "input", CONTRACT.get(part).get(0), names.inputs());
            check(part, "output", CONTRACT.get(part).get(1), names.outputs());
            parts.add(part);
        }
        String version = Integer.toHexString(stamp(folder).hashCode());
        ModelDescriptor descriptor = new ModelDescriptor(name, version, KIND, "folder " + folder, List.of(), List.of(), "",
                new LinkedHashMap<>(RESOURCES));
        return new Registration(descriptor, source(folder, parts, resources));
    }

    private static String text(Map<String, byte[]> resources, String file) {
        return new String(resources.get(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    record Registration(ModelDescriptor descriptor, ModelSource source) {
    }

    private static void check(String part, String kind, List<String> wanted, List<String> declared) {
        for (String w : wanted) {
            boolean found = false;
            for (String alternative : w.split("\\|")) {
                found |= declared.contains(alternative);
            }
            if (!found) {
                throw new IllegalArgumentException(part + "/model.onnx has no " + kind + " '" + w.replace("|", "' or '")
                        + "' (its " + kind + "s: " + String.join(", ", declared) + ")");
            }
        }
    }

    /**
     * The export's small files are served from the copy read at registration: an export replaced in place while
     * requests run must not hand a request a file the copy has just deleted, or half of the new one.
     */
    private static ModelSource source(Path folder, List<String> parts, Map<String, byte[]> resources) {
        Path root = folder.toAbsolutePath().normalize();
        return new ModelSource() {
            @Override
            public List<String> parts() {
                return List.copyOf(parts);
            }

            @Override
            public Optional<Path> file(String part) {
                return Optional.of(root.resolve(part).resolve("model.onnx"));
            }

            @Override
            public byte[] model(String part) throws IOException {
                return Files.readAllBytes(root.resolve(part).resolve("model.onnx"));
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                byte[] kept = resources.get(fileName);
                if (kept != null) {
                    return new java.io.ByteArrayInputStream(kept);
                }
                Path file = root.resolve(fileName).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException(fileName + " is outside the export");
                }
                return Files.newInputStream(file);
            }
        };
    }
}
