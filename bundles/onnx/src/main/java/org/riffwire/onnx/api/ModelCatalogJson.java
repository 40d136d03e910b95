// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of the installed models, in one place for the HTTP API ({@code /api/models}) and
 * {@code riffwire models --json}: {@code {"models": [{name, version, kind, source, licence, state}, …],
 * "unreadable": [{file, problem}, …]}}, as maps and lists for a JSON writer.
 */
public final class ModelCatalogJson {
    private ModelCatalogJson() {
    }

    public static Map<String, Object> of(ModelInventory models) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (OnnxModel model : models.installed()) {
            ModelDescriptor d = model.descriptor();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("version", d.version());
            m.put("kind", d.kind());
            m.put("source", d.source());
            m.put("licence", d.licence());
            m.put("state", model.status());
            list.add(m);
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        models.problems().forEach((file, why) -> problems.add(Map.of("file", file, "problem", why)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("models", list);
        body.put("unreadable", problems);
        return body;
    }
}
