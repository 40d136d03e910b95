// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;

/** Whatever the prompt, the interpreter answers with a patch or InvalidPromptException, and quickly. */
class NoteInterpreterRobustnessTest {
    private static final String[] WORDS = {"only", "uses", "A", "B", "C#", "Bb", "the", "melody", "starts", "with",
        "pentatonic", "in", "minor", "major", "scale", "a", "and", ",", "limited", "to", "E", "flat", "play", "notes",
        "blues", "bass", "chords", "while", "white", "keys", "just", "A4", "b", "G", "\n", ".", "X:1", "K:G", "M:6/8",
        "|", ":|", "[", "\"Am\"", "abc:", "`", "```", "T:", "dorian", "whole", "tone", "opening", "melody:",
        "built", "from", "goes", "first", "notes:", "bassline", "drum", "𝄫", "double", "sharp", "`cafe`", "GABc", "D2"};
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @Test
    void randomPromptsOnlyEverFailAsInvalid() {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(round % 20 == 0 ? Prompt.MAX_LENGTH : 300);
            while (sb.length() < length) {
                switch (round % 3) {
                    case 0 -> sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    case 1 -> sb.append((char) (32 + random.nextInt(95)));
                    default -> sb.append((char) random.nextInt(0x3000));
                }
            }
            interpretSafely(sb.substring(0, length));
        }
    }

    @Test
    void randomTextOfFullLengthIsQuick() {
        Random random = new Random(5);
        String[] prompts = new String[400];
        for (int i = 0; i < prompts.length; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < Prompt.MAX_LENGTH) {
                sb.append(i % 2 == 0 ? WORDS[random.nextInt(WORDS.length)] + " " : (char) (32 + random.nextInt(95)));
            }
            prompts[i] = sb.substring(0, Prompt.MAX_LENGTH);
        }
        for (String p : prompts) {
            interpretSafely(p);
        }
        long[] nanos = new long[prompts.length];
        for (int i = 0; i < prompts.length; i++) {
            long started = System.nanoTime();
            interpretSafely(prompts[i]);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double medianMillis = nanos[nanos.length / 2] / 1e6;
        assertTrue(medianMillis < 5, "median " + medianMillis + " ms for " + Prompt.MAX_LENGTH + " characters");
    }

    private void interpretSafely(String text) {
        long started = System.nanoTime();
        try {
            interpreter.interpret(Prompt.of(text));
        } catch (InvalidPromptException e) {
            assertTrue(e.getMessage().startsWith("ABC: "), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            fail("the interpreter threw " + e + " for:\n" + text, e);
        }
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "too slow for:\n" + text);
    }
}
