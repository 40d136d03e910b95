// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;

/** Odd input never escapes as a RuntimeException, and long prompts are read quickly. */
class RobustnessTest {
    private static final String[] WORDS = ("in a minor key of the drum and bass at 120 bpm 5/4 piano violin no drums "
            + "without slow fast sad happy C D E F# Bb A B m major minor 1:30 16 bars twenty seconds a minute and "
            + "a half lo-fi hip hop waltz jig , . ( ) - & ' X: T: K: ``` ` bass line played by cello on melody "
            + "chords pp (mf) dynamics mezzo forte 24/7 90s long 3/4 of tempo ♩= zebra quantum orange kettle 99999 "
            + "sharp flat # b the key of dorian ♭ ♯ é 漢字 🎵 \t \n 0 00 1e9 -5 bpm: :: // == string quartet "
            + "very soft epic film score in in in key key 64/4 99/16 0:00 1000 bars 2.5 bars").split(" ");

    private static List<String> prompts(long seed, int count) {
        Random random = new Random(seed);
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int size = i % 3 == 0 ? Prompt.MAX_LENGTH : 1 + random.nextInt(200);
            while (sb.length() < size) {
                if (i % 5 == 4) {
                    sb.append((char) (random.nextInt(10) == 0 ? ' ' : 'a' + random.nextInt(26)));
                } else {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "" : " ");
                }
            }
            prompts.add(sb.substring(0, Math.min(sb.length(), Prompt.MAX_LENGTH)));
        }
        return prompts;
    }

    @Test
    void randomPromptsGiveAPatchOrAnInvalidPromptException() {
        KeywordInterpreter interpreter = new KeywordInterpreter();
        for (String p : prompts(7, 600)) {
            try {
                interpreter.interpret(Prompt.of(p));
            } catch (InvalidPromptException e) {
                assertTrue(e.getMessage().length() < 200, e.getMessage());
            }
        }
    }

    @Test
    void longPromptsAreReadQuickly() throws Exception {
        KeywordInterpreter interpreter = new KeywordInterpreter();
        StringBuilder sb = new StringBuilder();
        Random random = new Random(3);
        while (sb.length() < Prompt.MAX_LENGTH) {
            sb.append(WORDS[random.nextInt(20) + 40]).append(' ');
        }
        Prompt prompt = Prompt.of(sb.substring(0, Prompt.MAX_LENGTH));
        for (int i = 0; i < 300; i++) {
            interpreter.interpret(prompt);
        }
        int runs = 200;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            interpreter.interpret(prompt);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        // The aim is under 5 ms; the bound leaves room for slow, shared build machines.
        assertTrue(millis < 50, "average " + millis + " ms");
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        KeywordInterpreter interpreter = new KeywordInterpreter();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        var patch = interpreter.interpret(Prompt.of("a waltz in A at 90 bpm for string quartet"));
                        if (patch.values().size() < 5) {
                            failures.add(new AssertionError(patch.toString()));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(failures.isEmpty(), failures::toString);
    }

    // Words the readers look for, and their neighbours: numbers, units, clock times, genre and mood words, code.
    private static final String[] VOCABULARY = ("a an the in at @ for with without no not very extremely and or of "
            + "to by on 1 2 3 4 5 8 12 16 30 60 90 120 140 300 808 1000 0.0001 1e3 1:30 11:45 3:16 2:00 3/4 6/8 "
            + "7/8 bpm BPM: bpm= tempo tempo: ♩= seconds second minutes minute hour bars measures long lasting "
            + "sixty sixty-five hundred twenty a hundred and twenty two three eight nine house jungle dance country "
            + "metal rock swing march outrun soul pop folk trance trap latin electronic new age deep hard heavy "
            + "classic acid military funeral waltz jig minuet ballad power soft bluegrass flamenco sea shanty "
            + "dubstep r&b rnb funky jazzy bluesy music song track beat style feel riff band guitar electric bass "
            + "organ piano mandolin vocals voice singer choir bodhran congas tambourine drums drum-free drumless "
            + "percussion grief lonely empty nostalgic peaceful chill party joyful tense chase car dark neon "
            + "night drive sad happy slow fast scale pentatonic blues mode dorian A C D E F# Bb minor major key "
            + "X:1 T: K: K:G M: Q: ``` ` ( ) , . : ; ! ? - ' & \n \t é 🎵").split(" ");

    @Test
    void tenThousandRandomPromptsOnlyEverRaiseInvalidPrompt() {
        KeywordInterpreter interpreter = new KeywordInterpreter();
        Random random = new Random(20240611);
        int invalid = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder sb = new StringBuilder();
            int words = i % 100 == 0 ? 700 : 1 + random.nextInt(24);
            for (int w = 0; w < words && sb.length() < Prompt.MAX_LENGTH; w++) {
                String word = VOCABULARY[random.nextInt(VOCABULARY.length)].replace("\\n", "\n")
                        .replace("\\t", "\t");
                sb.append(word).append(random.nextInt(6) == 0 ? "" : " ");
            }
            String prompt = sb.substring(0, Math.min(sb.length(), Prompt.MAX_LENGTH));
            try {
                interpreter.interpret(Prompt.of(prompt));
            } catch (InvalidPromptException e) {
                invalid++;
                assertTrue(e.getMessage() != null && e.getMessage().length() < 200, prompt);
            } catch (RuntimeException e) {
                throw new AssertionError("\"" + prompt + "\" threw " + e, e);
            }
        }
        // The mix holds out-of-range numbers, but most prompts must still be readable.
        assertTrue(invalid < 5_000, "invalid: " + invalid);
    }
}
