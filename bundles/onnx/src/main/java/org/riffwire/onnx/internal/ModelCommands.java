// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelInventory;
import org.riffwire.onnx.api.OnnxModel;

/**
 * The model listing, as the {@link ModelInventory} service the command line calls and as the Gogo command
 * riff:models: every model with its version, kind, source and state.
 */
@Component(service = {ModelCommands.class, ModelInventory.class},
        property = {"osgi.command.scope=riff", "osgi.command.function=models"})
public final class ModelCommands implements ModelInventory {
    private final ModelRegistry registry;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<OnnxModel> models = new CopyOnWriteArrayList<>();

    @Activate
    public ModelCommands(@Reference ModelRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("list ONNX models: name, version, kind, where they come from, and whether they can run")
    public String models() {
        return report();
    }

    @Override
    public List<OnnxModel> installed() {
        List<OnnxModel> sorted = new ArrayList<>(models);
        sorted.sort(java.util.Comparator.comparing(m -> m.descriptor().name()));
        return List.copyOf(sorted);
    }

    @Override
    public Map<String, String> problems() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(registry.problems()));
    }

    @Override
    public String report() {
        StringBuilder sb = new StringBuilder(String.format("%-22s %-16s %-20s %-44s %s%n", "NAME", "VERSION", "KIND",
                "SOURCE", "STATE"));
        for (OnnxModel m : installed()) {
            ModelDescriptor d = m.descriptor();
            sb.append(String.format("%-22s %-16s %-20s %-44s %s%n", d.name(), d.version(), d.kind(), d.source(), m.status()));
        }
        for (Map.Entry<String, String> problem : problems().entrySet()) {
            sb.append("unreadable: ").append(problem.getKey()).append(": ").append(problem.getValue()).append('\n');
        }
        if (models.isEmpty() && registry.problems().isEmpty()) {
            sb.append("no models installed\n");
        }
        return sb.toString();
    }
}
