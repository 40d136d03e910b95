// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.SpecValue;
import org.riffwire.api.spec.Strength;

/**
 * The contract every interpreter keeps: any text, up to the runtime's 4,096 characters, gives a patch or an
 * {@link InvalidPromptException}, never another exception; every explicit value names words that are in the
 * prompt; the same prompt gives the same patch.
 */
public abstract class InterpreterConformance {

    protected abstract PromptInterpreter interpreter();

    /** Prompts this interpreter reads something from; the suite adds odd ones of its own. */
    protected abstract List<String> samplePrompts();

    @Test
    void explicitValuesNameWordsOfThePrompt() throws Exception {
        for (String text : samplePrompts()) {
            SpecPatch patch = interpreter().interpret(Prompt.of(text));
            assertNotNull(patch);
            for (SpecValue<?> v : patch.values()) {
                if (v.strength() != Strength.EXPLICIT) {
                    continue;
                }
                for (String words : v.provenance().words()) {
                    for (String part : words.split(" … ")) {
                        assertTrue(text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT).strip()),
                                v.field() + " says it read \"" + part + "\", which is not in \"" + text + "\"");
                    }
                }
            }
        }
    }

    @Test
    void samePromptSamePatch() throws Exception {
        for (String text : samplePrompts()) {
            assertTrue(interpreter().interpret(Prompt.of(text)).equals(interpreter().interpret(Prompt.of(text))),
                    "the same prompt gives the same patch: " + text);
        }
    }

    @Test
    void oddTextNeverThrowsAnythingElse() {
        Random random = new Random(5);
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789 ,.;:!?#♯♭-_/|[](){}'\"\\\n\t🎵é";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int length = i == 0 ? 4096 : random.nextInt(200) + 1;
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                interpreter().interpret(Prompt.of(sb.toString()));
            } catch (InvalidPromptException fine) {
                assertNotNull(fine.getMessage());
            } catch (RuntimeException e) {
                fail("interpret threw " + e + " for: " + sb);
            }
        }
    }
}
