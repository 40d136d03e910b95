// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsObjectsArraysAndScalars() {
        assertEquals(Map.of("a", List.of(1L, 2.5, "x", true), "b", Map.of()),
                Json.parse("{\"a\": [1, 2.5, \"x\", true], \"b\": {}}", "test"));
    }

    @Test
    void deepNestingIsRefusedWithAMessageNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(deep, "a descriptor"));
        assertTrue(e.getMessage().contains("nests deeper than " + Json.MAX_DEPTH), e.getMessage());
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        Json.parse(ok, "test");
        // Siblings do not add up: depth is how deep, not how many.
        Json.parse("[" + "[[]],".repeat(1000) + "[]]", "test");
    }

    @Test
    void errorsNameTheSourceAndThePlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }", "x.json"));
        assertTrue(e.getMessage().contains("x.json"), e.getMessage());
    }
}
