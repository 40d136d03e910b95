// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The DS descriptor bnd writes from the annotations is what the runtime looks the interpreter up by. */
class ComponentTest {

    @Test
    void componentIsRegisteredAsTheKeywordInterpreter() throws Exception {
        try (InputStream in = KeywordInterpreter.class.getResourceAsStream(
                "/OSGI-INF/org.riffwire.interpreter.keyword.KeywordInterpreter.xml")) {
            assertNotNull(in, "bnd did not write the component descriptor");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("interface=\"org.riffwire.api.PromptInterpreter\""), xml);
            assertTrue(xml.contains("name=\"riffwire.name\" type=\"String\" value=\"keyword\""), xml);
            assertTrue(xml.contains("name=\"service.ranking\" type=\"Integer\" value=\"100\""), xml);
        }
    }
}
