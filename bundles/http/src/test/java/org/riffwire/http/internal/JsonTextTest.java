// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.riffwire.core.api.JsonText;
import org.riffwire.onnx.api.Json;

class JsonTextTest {
    @Test
    void writesWhatTheReaderReadsBack() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ line\nbreak \u0001 </script>");
        value.put("whole", 3L);
        value.put("number", 0.25);
        value.put("flag", true);
        value.put("none", null);
        value.put("list", List.of(1L, "two"));
        String json = JsonText.write(value);
        assertEquals(value, Json.parse(json, "test"));
        assertEquals(-1, json.indexOf('<'));
    }

    @Test
    void embedsRawJsonAndWritesNoNonFiniteNumbers() {
        assertEquals("{\"spec\":{\"a\": 1},\"nan\":null}",
                JsonText.write(ordered("spec", new JsonText.Raw("{\"a\": 1}"), "nan", Double.NaN)));
        assertEquals("[1.5,2]", JsonText.write(Arrays.asList(1.5, 2.0)));
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
