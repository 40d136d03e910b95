// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.Hashtable;
import java.util.List;

import org.riffwire.core.api.PipelineDefinition;

/** Builds the configuration dictionary of a pipeline, including the DS reference filters its names imply. */
public final class PipelineProperties {
    public static final String FACTORY_PID = "org.riffwire.pipeline";

    private PipelineProperties() {
    }

    public static Hashtable<String, Object> of(String name, List<String> interpreters, String generator) {
        return of(new PipelineDefinition(name, interpreters, generator, List.of(), java.util.Map.of()));
    }

    public static Hashtable<String, Object> of(PipelineDefinition definition) {
        String name = definition.name();
        List<String> interpreters = definition.interpreters();
        String generator = definition.generator();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", name);
        props.put("interpreters", interpreters.toArray(new String[0]));
        props.put("generator", generator);
        props.put("renderers", definition.renderers().toArray(new String[0]));
        props.put("settings", definition.settings().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
        StringBuilder filter = new StringBuilder("(|");
        for (String interpreter : interpreters) {
            filter.append("(riffwire.name=").append(escape(interpreter)).append(')');
        }
        filter.append(')');
        props.put("interpreters.target", filter.toString());
        props.put("interpreters.cardinality.minimum", interpreters.size());
        props.put("generator.target", "(riffwire.name=" + escape(generator) + ")");
        return props;
    }

    /** The names in a configuration property: a String[] as saved, or a comma-separated string from a file. */
    static List<String> names(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof String s && !s.isBlank()) {
            return List.of(s.split("\\s*,\\s*"));
        }
        return List.of();
    }

    /** Escapes the characters LDAP filters reserve, so a name can never widen a filter. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
