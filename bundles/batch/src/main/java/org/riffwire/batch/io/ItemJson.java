// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.riffwire.onnx.api.Json;
import org.riffwire.batch.api.BatchItem;
import org.riffwire.core.api.JsonText;

/**
 * An item as one line of JSON, for engines that hand items to another JVM (Spark's executors): written by the
 * driver, read back by the runtime that makes it, giving the same item.
 */
public final class ItemJson {
    private ItemJson() {
    }

    public static String write(BatchItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", item.line());
        m.put("prompt", item.prompt());
        m.put("seed", item.seed());
        m.put("pipeline", item.pipeline());
        m.put("formats", item.formats());
        m.put("set", item.settings());
        m.put("extra", item.extra());
        m.put("problem", item.problem());
        return JsonText.write(m);
    }

    public static BatchItem read(String json) {
        Map<String, Object> m = Json.object(json, "an item");
        return new BatchItem(((Long) m.get("line")).intValue(), (String) m.get("prompt"), (Long) m.get("seed"),
                (String) m.get("pipeline"), strings(m.get("formats")), texts(m.get("set")), texts(m.get("extra")),
                (String) m.get("problem"));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<String, String> texts(Object value) {
        Map<String, String> out = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
