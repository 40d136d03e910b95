// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.Hashtable;
import java.util.List;

/** Builds the configuration dictionary of a pipeline, including the DS reference filters its names imply. */
public final class PipelineProperties {
    public static final String FACTORY_PID = "org.riffwire.pipeline";

    private PipelineProperties() {
    }

    public static Hashtable<String, Object> of(String name, List<String> interpreters, String generator) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", name);
        props.put("interpreters", interpreters.toArray(new String[0]));
        props.put("generator", generator);
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
