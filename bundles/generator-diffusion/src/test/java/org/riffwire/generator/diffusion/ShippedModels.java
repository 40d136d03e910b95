// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.util.List;
import java.util.Map;

import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.testing.ClasspathModel;

/** The shipped mel-flow model (from the model-melflow bundle) and all-MiniLM-L6-v2 (from its Maven Central artifact). */
final class ShippedModels {
    static final ClasspathModel MEL_FLOW = new ClasspathModel(new ModelDescriptor("riffwire-mel-flow", "test", "mel-flow",
            "test classpath", List.of(), List.of(), "GPL-3.0-or-later",
            Map.of("representation", "models/riffwire-mel-flow.representation.json")), "models/riffwire-mel-flow.onnx");
    static final ClasspathModel MINILM = new ClasspathModel(new ModelDescriptor("all-minilm-l6-v2-q", "test",
            "sentence-embedding", "test classpath", List.of("input_ids", "attention_mask", "token_type_ids"),
            List.of("last_hidden_state"), "Apache-2.0", Map.of("tokenizer", "all-minilm-l6-v2-q-tokenizer.json")),
            "all-minilm-l6-v2-q.onnx");

    private ShippedModels() {
    }
}
