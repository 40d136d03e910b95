// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON shapes of what a runtime has, in one place for the HTTP API ({@code /api/plugins},
 * {@code /api/pipelines}) and the command line ({@code riffwire plugins --json}, {@code pipelines --json}), so a
 * program reading one reads the other. Written with {@link JsonText}.
 */
public final class CatalogJson {
    private CatalogJson() {
    }

    /** {@code {"plugins": [{kind, name, detail, bundle, version, state}, …]}}. */
    public static Map<String, Object> plugins(List<PluginInfo> plugins) {
        return Map.of("plugins", plugins.stream().map(CatalogJson::plugin).toList());
    }

    /** {@code {"pipelines": [{name, interpreters, generator, generatorOptions, ready, state, url}, …]}}. */
    public static Map<String, Object> pipelines(List<PipelineInfo> pipelines) {
        return Map.of("pipelines", pipelines.stream().map(CatalogJson::pipeline).toList());
    }

    /** One pipeline's definition: {@code {name, interpreters, generator, renderers, settings}}. */
    public static Map<String, Object> definition(String name, PipelineDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("interpreters", d.interpreters());
        m.put("generator", d.generator());
        m.put("renderers", d.renderers());
        m.put("settings", new TreeMap<>(d.settings()));
        return m;
    }

    private static Map<String, Object> plugin(PluginInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind());
        m.put("name", p.name());
        m.put("detail", p.detail());
        m.put("bundle", p.bundle());
        m.put("version", p.version());
        m.put("state", p.state());
        return m;
    }

    private static Map<String, Object> pipeline(PipelineInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("interpreters", p.interpreters());
        m.put("generator", p.generator());
        m.put("generatorOptions", new TreeSet<>(p.generatorOptions()));
        m.put("ready", p.ready());
        m.put("state", p.ready() ? "ready" : p.problem());
        m.put("url", "/api/pipelines/" + p.name());
        return m;
    }
}
