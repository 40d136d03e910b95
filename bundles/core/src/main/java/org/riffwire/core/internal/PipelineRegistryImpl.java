// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.PipelineChange;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineInfo;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.Studio;

/**
 * Pipelines as factory configurations of {@value PipelineProperties#FACTORY_PID} in ConfigAdmin. The active
 * {@link Pipeline} components say which can run; for the others the plug-in inventory says which part is missing.
 */
@Component(service = {PipelineRegistry.class, PipelineRegistryImpl.class})
public final class PipelineRegistryImpl implements PipelineRegistry {
    private final ConfigurationAdmin configAdmin;
    private final PluginInventoryImpl inventory;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<Pipeline> active = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PipelineFileProblems fileProblems;

    private final Optional<ConfigurationFolder> storage;

    @Activate
    public PipelineRegistryImpl(@Reference ConfigurationAdmin configAdmin, @Reference PluginInventoryImpl inventory,
            BundleContext context) {
        this.configAdmin = configAdmin;
        this.inventory = inventory;
        this.storage = ConfigurationFolder.of(context.getProperty("felix.cm.dir"));
    }

    /** The running pipeline of that name, if it runs now. */
    Optional<Pipeline> active(String name) {
        return active.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Override
    public List<PipelineInfo> list() {
        Map<String, PipelineInfo> byName = new TreeMap<>();
        for (Pipeline p : active) {
            byName.put(p.name(), new PipelineInfo(p.name(), p.interpreters().stream().map(Map.Entry::getKey).toList(),
                    p.generatorName(), true, null, p.generatorOptions()));
        }
        for (Configuration c : configurations("(service.factoryPid=" + PipelineProperties.FACTORY_PID + ")")) {
            Object name = c.getProperties().get("name");
            if (name == null || byName.containsKey(name.toString())) {
                continue;
            }
            List<String> interpreters = PipelineProperties.names(c.getProperties().get("interpreters"));
            String generator = String.valueOf(c.getProperties().get("generator"));
            byName.put(name.toString(), new PipelineInfo(name.toString(), interpreters, generator, false,
                    missingParts(interpreters, generator)));
        }
        PipelineFileProblems files = fileProblems;
        if (files != null) {
            for (Map.Entry<Path, String> broken : files.all().entrySet()) {
                String name = PipelineFiles.name(broken.getKey());
                byName.putIfAbsent(name, new PipelineInfo(name, List.of(), "?", false,
                        "conf/" + broken.getKey().getFileName() + ": " + broken.getValue()));
            }
        }
        return List.copyOf(byName.values());
    }

    private String missingParts(List<String> interpreters, String generator) {
        List<String> missing = new ArrayList<>();
        List<String> present = inventory.interpreterNames();
        for (String i : interpreters) {
            if (!present.contains(i)) {
                missing.add("interpreter '" + i + "'");
            }
        }
        if (!inventory.generatorNames().contains(generator)) {
            missing.add("generator '" + generator + "'");
        }
        return missing.isEmpty() ? "starting" : "missing " + String.join(", ", missing);
    }

    /** Whether a configuration of that name exists (active or not). */
    boolean isConfigured(String name) {
        return configuration(name).isPresent();
    }

    @Override
    public Optional<PipelineDefinition> definition(String name) throws BadRequestException {
        Optional<Configuration> config = configuration(name);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Dictionary<String, Object> p = config.get().getProperties();
        return Optional.of(new PipelineDefinition(name, PipelineProperties.names(p.get("interpreters")),
                String.valueOf(p.get("generator")), PipelineProperties.names(p.get("renderers")),
                Pipeline.parse(p.get("settings") instanceof String[] a ? a : new String[0])));
    }

    /**
     * Creates a pipeline once, across every runtime on this home: two runtimes creating one name at the same time
     * (two shells, a shell and the studio) give one success and one "exists", never two successes of which one is
     * silently lost.
     */
    @Override
    public synchronized PipelineDefinition create(String name, PipelineChange change) throws BadRequestException {
        PipelineDefinition d;
        try {
            d = change.applyTo(definition(name, Studio.DEFAULT_INTERPRETERS, Studio.DEFAULT_GENERATOR));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        try (AutoCloseable lock = storage.isPresent() ? storage.get().lock() : () -> { }) {
            boolean storedElsewhere = storage.isPresent()
                    && storage.get().stores(PipelineProperties.FACTORY_PID + "~" + name);
            if (definition(name).isPresent() || storedElsewhere) {
                throw new BadRequestException("pipeline " + name + " exists; change it with pipeline set");
            }
            save(d);
            return d;
        } catch (BadRequestException e) {
            throw e;
        } catch (Exception e) {
            throw new BadRequestException("cannot create pipeline " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PipelineDefinition update(String name, PipelineChange change) throws BadRequestException {
        PipelineDefinition base = definition(name).orElseThrow(
                () -> new BadRequestException("no pipeline named " + name + "; create it with pipeline create"));
        PipelineDefinition d;
        try {
            d = change.applyTo(base);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        save(d);
        return d;
    }

    private static PipelineDefinition definition(String name, List<String> interpreters, String generator)
            throws BadRequestException {
        try {
            return new PipelineDefinition(name, interpreters, generator, List.of(), Map.of());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @Override
    public void save(PipelineDefinition definition) throws BadRequestException {
        try {
            // With the generator present, its options are known and every other key must be a spec setting;
            // without it, only the spec settings can be checked, and other keys wait for the generator.
            java.util.Optional<java.util.Set<String>> options = inventory.optionsOf(definition.generator());
            java.util.Set<String> allowed = options.orElseGet(() -> unknownKeys(definition.settings()));
            PipelineSettings.patch(definition.name(), definition.settings(), allowed);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        try {
            Configuration config = configAdmin.getFactoryConfiguration(PipelineProperties.FACTORY_PID, definition.name(), "?");
            config.update(PipelineProperties.of(definition));
        } catch (IOException e) {
            throw new BadRequestException("cannot save pipeline " + definition.name() + ": " + e.getMessage(), e);
        }
    }

    private static java.util.Set<String> unknownKeys(Map<String, String> settings) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String key : settings.keySet()) {
            String k = key.strip().toLowerCase(java.util.Locale.ROOT);
            if (!PipelineSettings.KEYS.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    @Override
    public boolean delete(String name) throws BadRequestException {
        Optional<Configuration> config = configuration(name);
        if (config.isEmpty()) {
            return false;
        }
        try {
            config.get().delete();
            return true;
        } catch (IOException e) {
            throw new BadRequestException("cannot delete pipeline " + name + ": " + e.getMessage(), e);
        }
    }

    private Optional<Configuration> configuration(String name) {
        List<Configuration> found = configurations("(&(service.factoryPid=" + PipelineProperties.FACTORY_PID + ")(name="
                + PipelineProperties.escape(name) + "))");
        return found.stream().findFirst();
    }

    private List<Configuration> configurations(String filter) {
        try {
            Configuration[] configs = configAdmin.listConfigurations(filter);
            return configs == null ? List.of() : List.of(configs);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read pipeline configurations: " + e.getMessage(), e);
        }
    }
}
