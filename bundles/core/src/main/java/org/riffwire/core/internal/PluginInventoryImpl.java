// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.Generator;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.Renderer;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;

/** Lists every interpreter, generator and renderer with its bundle and status, and the plug-in jars that failed. */
@Component(service = {PluginInventory.class, PluginInventoryImpl.class})
public final class PluginInventoryImpl implements PluginInventory {
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<PromptInterpreter>> interpreters;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Generator>> generators;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Renderer>> renderers;

    @Activate
    public PluginInventoryImpl(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> out = new ArrayList<>();
        add(out, "interpreter", interpreters);
        add(out, "generator", generators);
        add(out, "renderer", renderers);
        out.addAll(PluginFolder.problems(context));
        out.sort(Comparator.comparing(PluginInfo::kind).thenComparing(PluginInfo::name));
        return out;
    }

    /** The names of the interpreters present now. */
    List<String> interpreterNames() {
        return names(interpreters);
    }

    /** The names of the generators present now. */
    List<String> generatorNames() {
        return names(generators);
    }

    /** The option keys a generator present now declares, or empty when no generator has that name. */
    java.util.Optional<java.util.Set<String>> optionsOf(String generator) {
        for (ServiceReference<Generator> ref : generators == null ? List.<ServiceReference<Generator>>of() : generators) {
            if (generator.equals(String.valueOf(ref.getProperty("riffwire.name")))) {
                Object value = ref.getProperty(org.riffwire.api.propertytypes.Options.PROPERTY);
                java.util.Set<String> keys = new java.util.TreeSet<>();
                if (value instanceof String[] array) {
                    for (String k : array) {
                        keys.add(k.toLowerCase(java.util.Locale.ROOT));
                    }
                } else if (value != null) {
                    keys.add(value.toString().toLowerCase(java.util.Locale.ROOT));
                }
                return java.util.Optional.of(keys);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> names(List<? extends ServiceReference<?>> refs) {
        List<String> out = new ArrayList<>();
        for (ServiceReference<?> ref : refs == null ? List.<ServiceReference<?>>of() : refs) {
            out.add(String.valueOf(ref.getProperty("riffwire.name")));
        }
        return out;
    }

    private void add(List<PluginInfo> out, String kind, List<? extends ServiceReference<?>> refs) {
        for (ServiceReference<?> ref : refs == null ? List.<ServiceReference<?>>of() : refs) {
            Bundle bundle = ref.getBundle();
            Object format = ref.getProperty("riffwire.format");
            Object produces = ref.getProperty(Produces.PROPERTY);
            String detail = format != null ? format.toString()
                    : kind.equals("generator") ? (produces == null ? Produces.SCORE : produces.toString()) : "";
            out.add(new PluginInfo(kind, String.valueOf(ref.getProperty("riffwire.name")), detail,
                    bundle == null ? "?" : bundle.getSymbolicName(), bundle == null ? "?" : bundle.getVersion().toString(),
                    bundle == null ? "gone" : status(ref)));
        }
    }

    /** The plug-in's own status line; a plug-in that fails to say is reported as failing. */
    private String status(ServiceReference<?> ref) {
        Object service = context.getService(ref);
        if (service == null) {
            return "gone";
        }
        try {
            if (service instanceof Renderer r) {
                return r.status();
            }
            if (service instanceof Generator g) {
                return g.status();
            }
            if (service instanceof PromptInterpreter i) {
                return i.status();
            }
            return "ready";
        } catch (RuntimeException e) {
            return "failing: " + e.getMessage();
        } finally {
            context.ungetService(ref);
        }
    }
}
