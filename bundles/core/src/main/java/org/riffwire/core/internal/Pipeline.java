// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.riffwire.api.Generator;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.propertytypes.Accepts;
import org.riffwire.api.propertytypes.Options;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.core.api.PipelineDefinition;

/**
 * One named pipeline: a DS component instance per factory configuration of {@value PipelineProperties#FACTORY_PID}.
 * Its references are filtered by the configuration (see {@link PipelineProperties}), so it only exists while every
 * part it names is present.
 */
@Component(service = Pipeline.class, configurationPid = PipelineProperties.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PipelineConfig.class, factory = true)
public final class Pipeline {
    private final String name;
    private final List<Map.Entry<String, PromptInterpreter>> interpreters;
    private final String generatorName;
    private final Generator generator;
    private final List<String> renderers;
    private final SpecPatch settings;
    private final PipelineDefinition definition;
    private final Set<String> interpreterAccepts;
    private final Set<String> readersOfUnreadWords;
    private final Set<String> generatorAccepts;
    private final String produces;
    private final Object generatorTimeout;
    private final Set<String> generatorOptions;
    private final Map<String, String> options;

    @Activate
    public Pipeline(PipelineConfig config,
            @Reference(name = "interpreters", policyOption = ReferencePolicyOption.GREEDY)
            List<Map.Entry<Map<String, Object>, PromptInterpreter>> interpreters,
            @Reference(name = "generator", policyOption = ReferencePolicyOption.GREEDY)
            Map.Entry<Map<String, Object>, Generator> generator) {
        this.name = config.name();
        List<String> order = List.of(config.interpreters());
        List<Map.Entry<String, PromptInterpreter>> ordered = new ArrayList<>();
        Set<String> accepts = new TreeSet<>();
        Set<String> unreadReaders = new TreeSet<>();
        for (Map.Entry<Map<String, Object>, PromptInterpreter> e : interpreters) {
            String interpreterName = String.valueOf(e.getKey().get("riffwire.name"));
            ordered.add(Map.entry(interpreterName, e.getValue()));
            accepts.addAll(strings(e.getKey().get(Accepts.PROPERTY)));
            if (UnreadWords.UNREAD.equals(e.getKey().get(UnreadWords.PROPERTY))) {
                unreadReaders.add(interpreterName);
            }
        }
        this.readersOfUnreadWords = Set.copyOf(unreadReaders);
        this.interpreterAccepts = Set.copyOf(accepts);
        this.generatorAccepts = Set.copyOf(strings(generator.getKey().get(Accepts.PROPERTY)));
        Object produced = generator.getKey().get(Produces.PROPERTY);
        this.produces = produced == null ? Produces.SCORE : produced.toString();
        this.generatorTimeout = generator.getKey().get(GenerationRunner.GENERATOR_TIMEOUT_PROPERTY);
        Set<String> declared = new TreeSet<>();
        for (String o : strings(generator.getKey().get(Options.PROPERTY))) {
            declared.add(o.toLowerCase(java.util.Locale.ROOT));
        }
        this.generatorOptions = Set.copyOf(declared);
        // Configuration order decides ties in the merge, so keep it rather than the services' ranking.
        ordered.sort(Comparator.comparingInt(e -> order.indexOf(e.getKey())));
        this.interpreters = List.copyOf(ordered);
        this.generatorName = String.valueOf(generator.getKey().get("riffwire.name"));
        this.generator = generator.getValue();
        this.renderers = List.of(config.renderers());
        this.definition = new PipelineDefinition(name, order, generatorName, renderers, parse(config.settings()));
        // A bad setting in a hand-written configuration must not take the pipeline down: it is left out, and
        // riff:pipeline show reports it through the definition.
        SpecPatch patch;
        try {
            patch = PipelineSettings.patch(name, definition.settings(), generatorOptions);
        } catch (IllegalArgumentException e) {
            patch = SpecPatch.empty("pipeline " + name);
        }
        this.settings = patch;
        this.options = PipelineSettings.options(definition.settings(), generatorOptions);
    }

    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    static Map<String, String> parse(String[] settings) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq > 0) {
                out.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** Output formats this pipeline may write; empty means any. */
    public List<String> renderers() {
        return renderers;
    }

    /** The admin's settings as a patch, merged after the interpreters and before the runtime defaults. */
    public SpecPatch settings() {
        return settings;
    }

    public PipelineDefinition definition() {
        return definition;
    }

    public String name() {
        return name;
    }

    public List<Map.Entry<String, PromptInterpreter>> interpreters() {
        return interpreters;
    }

    /** Whether an interpreter reads only the words those before it leave unread (see {@link UnreadWords}). */
    boolean readsOnlyUnreadWords(String interpreter) {
        return readersOfUnreadWords.contains(interpreter);
    }

    public String generatorName() {
        return generatorName;
    }

    public Generator generator() {
        return generator;
    }

    /** The attachment kinds (lower-case names) some interpreter of this pipeline reads. */
    public Set<String> interpreterAccepts() {
        return interpreterAccepts;
    }

    /** The attachment kinds this pipeline's generator reads. */
    public Set<String> generatorAccepts() {
        return generatorAccepts;
    }

    /** What the generator's pieces hold: score, audio or both. */
    public String produces() {
        return produces;
    }

    /** The option keys the generator declares. */
    public Set<String> generatorOptions() {
        return generatorOptions;
    }

    /** The pipeline's settings that are its generator's options. */
    public Map<String, String> options() {
        return options;
    }

    /** The generator's own timeout property, or null. */
    public Object generatorTimeout() {
        return generatorTimeout;
    }
}
