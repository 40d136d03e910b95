// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model is: name, version, kind (what it computes, e.g. "sentence-embedding"), where it came from, its
 * input and output names, its licence, and named extra files beside it (e.g. "tokenizer").
 */
public record ModelDescriptor(String name, String version, String kind, String source, List<String> inputs,
        List<String> outputs, String licence, Map<String, String> resources) {
    public ModelDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        licence = licence == null ? "" : licence;
        resources = Map.copyOf(resources);
    }
}
