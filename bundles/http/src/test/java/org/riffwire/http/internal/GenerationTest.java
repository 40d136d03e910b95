// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GenerationTest {
    private static Generation generation() throws ApiError {
        GenerationForm form = GenerationForm.of(Map.of("prompt", "a waltz"), null, null);
        return new Generation(form, "default", List.of("mid"), "{}");
    }

    @Test
    void idsAreLongRandomAndSafeAsFolderNames() throws Exception {
        String a = generation().id();
        String b = generation().id();
        assertNotEquals(a, b);
        assertTrue(Generation.isId(a), a);
        assertFalse(Generation.isId(".."));
        assertFalse(Generation.isId(a.toUpperCase()));
        assertFalse(Generation.isId(a + "a"));
    }

    @Test
    void aLateSubscriberHearsWhereItStandsAndTheEnd() throws Exception {
        Generation g = generation();
        assertTrue(g.start());
        for (int i = 0; i <= 100; i++) {
            g.progress(i / 200.0, "generating");
        }
        g.succeed(Map.of("files", List.of()));
        List<Generation.Event> heard = new ArrayList<>();
        g.subscribe(e -> heard.add(e));
        assertEquals(List.of("status", "progress", "done"), heard.stream().map(Generation.Event::name).toList());
        assertTrue(heard.get(1).json().contains("\"fraction\":0.5"), heard.get(1).json());
        assertTrue(heard.get(0).id() < heard.get(1).id() && heard.get(1).id() < heard.get(2).id());
        assertEquals(0, g.listenerCount());
    }

    @Test
    void progressIsSentPerPercentNotPerCallAndAGoneListenerIsDropped() throws Exception {
        Generation g = generation();
        List<String> heard = new ArrayList<>();
        g.subscribe(e -> heard.add(e.name()));
        boolean[] alive = {true};
        g.subscribe(e -> alive[0]);
        g.start();
        alive[0] = false;
        for (int i = 0; i < 1000; i++) {
            g.progress(i / 100_000.0, "generating");
        }
        assertEquals(1, g.listenerCount());
        assertEquals(List.of("status", "progress"), heard);
        g.fail("internal", "boom");
        assertEquals("failed", heard.get(heard.size() - 1));
        assertEquals("failed", g.view().get("status"));
        assertEquals("boom", g.view().get("error"));
    }

    @Test
    void aQueuedGenerationCancelledNeverStarts() throws Exception {
        Generation g = generation();
        g.fail("cancelled", "cancelled before it started");
        assertFalse(g.start());
        assertEquals("cancelled", g.view().get("errorKind"));
    }
}
