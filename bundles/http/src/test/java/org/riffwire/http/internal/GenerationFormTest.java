// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GenerationFormTest {
    private static GenerationForm form(String json) throws ApiError {
        return GenerationForm.of(GenerationsServlet.parseObject(json, "the request body"), null, null);
    }

    private static ApiError refused(String json) {
        return assertThrows(ApiError.class, () -> form(json));
    }

    @Test
    void readsEveryField() throws Exception {
        GenerationForm f = form("{\"prompt\": \"a waltz\", \"pipeline\": \"default\", \"seed\": 42, "
                + "\"formats\": [\"MID\", \"wav\", \"mid\"], \"set\": {\"tempo\": 96, \"drums\": false, \"key\": \"D minor\"}, "
                + "\"verify\": true, \"loop\": true}");
        assertEquals("a waltz", f.prompt());
        assertEquals(42L, f.seed());
        assertEquals(List.of("mid", "wav"), f.formats());
        assertEquals(Map.of("tempo", "96", "drums", "no", "key", "D minor", "loop", "yes"), f.settings());
        assertTrue(f.verify());
        assertEquals("a waltz", f.toPrompt().text());
    }

    @Test
    void refusesWhatIsNotARequestWithAReason() {
        assertEquals(400, refused("{\"promt\": \"x\"}").status());
        assertTrue(refused("{\"promt\": \"x\"}").getMessage().contains("unknown field 'promt'"));
        assertTrue(refused("{}").getMessage().contains("prompt is missing"));
        assertTrue(refused("{\"prompt\": 5}").getMessage().contains("prompt must be a string"));
        assertTrue(refused("{\"prompt\": \"x\", \"seed\": 1.5}").getMessage().contains("seed must be a whole number"));
        assertTrue(refused("{\"prompt\": \"x\", \"seed\": \"7\"}").getMessage().contains("seed must be a whole number"));
        assertTrue(refused("{\"prompt\": \"x\", \"formats\": \"mid\"}").getMessage().contains("formats must be an array"));
        assertTrue(refused("{\"prompt\": \"x\", \"formats\": [\"../x\"]}").getMessage().contains("file extensions"));
        assertTrue(refused("{\"prompt\": \"x\", \"set\": {\"tempo\": [1]}}").getMessage().contains("set.tempo"));
        assertTrue(refused("{\"prompt\": \"x\", \"strength\": 0.5}").getMessage().contains("goes with an init file"));
        assertTrue(refused("{\"prompt\": \"x\", \"verify\": \"yes\"}").getMessage().contains("verify must be true or false"));
        assertTrue(refused("{\"prompt\": \"" + "a".repeat(2001) + "\"}").getMessage().contains("at most 2000"));
    }

    @Test
    void badJsonAndDeepNestingAreRefusedBeforeParsing() {
        assertTrue(refused("{\"prompt\": ").getMessage().startsWith("bad JSON"));
        assertTrue(refused("").getMessage().contains("is empty"));
        assertTrue(refused("[1]").getMessage().contains("not a JSON object"));
        String deep = "{\"set\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertTrue(refused(deep).getMessage().contains("nests deeper than 16 levels"), refused(deep).getMessage());
        // Brackets inside strings are text, not nesting.
        assertTrue(assertThrows(ApiError.class, () -> form("{\"promt\": \"" + "[".repeat(100) + "\"}")).getMessage()
                .contains("unknown field"));
    }
}
