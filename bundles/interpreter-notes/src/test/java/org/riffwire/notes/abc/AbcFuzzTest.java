// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whatever the text, the parser either returns a tune or throws AbcSyntaxException, and does so quickly. */
class AbcFuzzTest {
    private static final String ABC_ALPHABET = "ABCDEFGabcdefgzxZXy^_=,'/0123456789 |:[]()<>-.~\"!+{}&\\%\nKLMQTVXw#`$*";
    private static final String SEED_TUNE = """
            X:1
            T:Seed
            M:6/8
            L:1/8
            Q:3/8=100
            K:Ador
            |:"Am"A2B c2d|"G"(3Bcd e/f/ g>a|[1 [CEG]2z {g}f2 !trill!e:|[2 "E7"^g3- g2z||
            [K:G][M:3/4] F2 f2 =F2 | Z2 | (5abcde f4 |]
            """;

    @Test
    void randomTextFromTheAbcAlphabet() {
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            int length = 1 + random.nextInt(round % 10 == 0 ? 4096 : 200);
            StringBuilder sb = new StringBuilder("X:1\nK:C\n");
            for (int i = 0; i < length; i++) {
                sb.append(ABC_ALPHABET.charAt(random.nextInt(ABC_ALPHABET.length())));
            }
            parseSafely(sb.toString());
        }
    }

    @Test
    void randomUnicodeText() {
        Random random = new Random(7);
        for (int round = 0; round < 1000; round++) {
            int length = random.nextInt(300);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sb.append((char) random.nextInt(round % 2 == 0 ? 128 : 0x3000));
            }
            parseSafely(sb.toString());
        }
    }

    @Test
    void mutatedTunes() {
        Random random = new Random(3);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder(SEED_TUNE);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, ABC_ALPHABET.charAt(random.nextInt(ABC_ALPHABET.length())));
                    default -> sb.setCharAt(at, ABC_ALPHABET.charAt(random.nextInt(ABC_ALPHABET.length())));
                }
            }
            parseSafely(sb.toString());
        }
    }

    @Test
    void pathologicalRepeatsStayBounded() {
        parseSafely("X:1\nK:C\n" + "|: C :|".repeat(600));
        parseSafely("X:1\nK:C\n" + "C :|".repeat(1000));
        parseSafely("X:1\nK:C\n|: C " + "[1 D :|".repeat(500) + "[99 E :|");
        parseSafely("X:1\nK:C\n" + "(3".repeat(1000) + "C");
        parseSafely("X:1\nL:1/1\nK:C\n" + "C9999 ".repeat(700));
        parseSafely("X:1\nK:C\n" + "Z9999 ".repeat(700) + "C");
    }

    private static void parseSafely(String text) {
        long started = System.nanoTime();
        try {
            new AbcParser().parse(text);
        } catch (AbcSyntaxException e) {
            assertTrue(e.getMessage().startsWith("ABC: "), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            fail("the parser threw " + e + " for:\n" + text, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2000, "took " + millis + " ms for:\n" + text);
    }
}
