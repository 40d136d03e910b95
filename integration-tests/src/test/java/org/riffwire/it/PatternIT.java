// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Patterns in prompts through ./riffwire generate --verify, each MIDI file read back by the JDK's MIDI reader and
 * compared event by event (channel, note, onset and length in seconds) with the events the mini-notation
 * definitions give (strudel.cc/learn/mini-notation), worked out by hand here from the tempo and meter.
 */
class PatternIT {
    private static Path home;
    private static Path work;

    @BeforeAll
    static void locate() throws IOException {
        work = Path.of(System.getProperty("riffwire.work"), "pattern-it").toAbsolutePath();
        Folders.delete(work);
        Files.createDirectories(work);
        home = work.resolve("home");
        CommandLineIT.locate();
    }

    private static MidiFacts generate(String name, String prompt) throws Exception {
        Path mid = work.resolve(name + ".mid");
        CommandLineIT.Result r = CommandLineIT.riffwireIn(home, "generate", "--verify", "-o", mid.toString(), prompt);
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("verified: every hard constraint holds"), r.out());
        return new MidiFacts(mid.toFile());
    }

    /** "channel:note@onset+length" in milliseconds, sorted. */
    private static TreeSet<String> events(MidiFacts midi, int channel) {
        return midi.notes.stream().filter(n -> channel < 0 || n.channel() == channel)
                .map(n -> String.format(Locale.ROOT, "%d:%d@%d+%d", n.channel(), n.pitch(), Math.round(n.start() * 1000),
                        Math.round((n.end() - n.start()) * 1000)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<String> expected(String... events) {
        return new TreeSet<>(List.of(events));
    }

    @Test
    void subdivisionSpeedAndAlternationOverTwoCycles() throws Exception {
        // 120 bpm in 4/4: a cycle is 2 s. c3 takes the first third; [e3 g3]*2 the second; <a3 b3> the last.
        MidiFacts midi = generate("subdivision", "a piano plays `c3 [e3 g3]*2 <a3 b3>` at 120 bpm, 2 bars");
        assertEquals(expected("0:48@0+667", "0:52@667+167", "0:55@833+167", "0:52@1000+167", "0:55@1167+167",
                "0:57@1333+667", "0:48@2000+667", "0:52@2667+167", "0:55@2833+167", "0:52@3000+167", "0:55@3167+167",
                "0:59@3333+667"), events(midi, -1));
        assertEquals(0, midi.programByChannel.get(0));
    }

    @Test
    void euclideanKickAndHatsOnTheDrumChannel() throws Exception {
        // bd(3,8): x..x..x. over a 2 s cycle, each an eighth of it; hh*4 in quarters.
        MidiFacts midi = generate("euclid", "drums: `[bd(3,8), hh*4]` at 120 bpm, 1 bar");
        assertEquals(expected("9:36@0+250", "9:36@750+250", "9:36@1500+250", "9:42@0+500", "9:42@500+500",
                "9:42@1000+500", "9:42@1500+500"), events(midi, -1));
    }

    @Test
    void strudelsOwnFormWithSetcps() throws Exception {
        // setcps(0.5): a cycle per 2 s (120 bpm); <c4 e4> takes turns in the first half, g4 holds the second.
        MidiFacts midi = generate("strudel", "setcps(0.5) note(\"<c4 e4> g4\").s(\"flute\"), 2 bars");
        assertEquals(120.0, midi.tempo, 1e-6);
        assertEquals(expected("0:60@0+1000", "0:67@1000+1000", "0:64@2000+1000", "0:67@3000+1000"), events(midi, -1));
        assertEquals(73, midi.programByChannel.get(0));
    }

    @Test
    void weightsAndRestsInThreeFour() throws Exception {
        // 60 bpm in 3/4: a cycle is 3 s, split in five: c3 three fifths, a rest, e3 the last fifth.
        MidiFacts midi = generate("weights", "a cello plays `c3@3 ~ e3` at 60 bpm in 3/4, 2 bars");
        assertEquals(expected("0:48@0+1800", "0:52@2400+600", "0:48@3000+1800", "0:52@5400+600"), events(midi, -1));
        assertEquals(42, midi.programByChannel.get(0));
    }

    @Test
    void onlyTheAskedPartsJoinAPattern() throws Exception {
        MidiFacts alone = generate("alone", "a funky piano plays `c4 e4 g4 e4` at 100 bpm, 4 bars");
        assertEquals(1, alone.programByChannel.size(), "a pattern is the piece: " + alone.programByChannel);
        assertFalse(alone.hasDrums());

        MidiFacts band = generate("band", "a piano plays `c4 e4 g4 e4` at 100 bpm in C major, 4 bars; add a bass line and chords");
        // 100 bpm: a cycle is 2.4 s, a quarter of it 0.6 s; the piano's notes are the pattern's, to the millisecond.
        TreeSet<String> piano = events(band, 0);
        assertEquals(16, piano.size());
        assertTrue(piano.containsAll(expected("0:60@0+600", "0:64@600+600", "0:67@1200+600", "0:64@1800+600",
                "0:60@7200+600")), piano.toString());
        assertTrue(band.programs().contains(33), "a bass was asked for: " + band.programByChannel);
        assertTrue(band.programByChannel.size() >= 3, "and chords: " + band.programByChannel);
        assertFalse(band.hasDrums(), "drums were not asked for");
    }

    @Test
    void aMalformedPatternIsRefusedAtItsCharacter() throws Exception {
        CommandLineIT.Result r = CommandLineIT.riffwireIn(home, "generate", "-o", work.resolve("bad.mid").toString(),
                "a piano plays `c3 [e3 g3` at 120 bpm");
        assertEquals(2, r.code());
        assertEquals("riffwire: pattern `c3 [e3 g3`: unbalanced '[' at 4 (character 19 of the prompt)", r.err().strip());
        assertFalse(Files.exists(work.resolve("bad.mid")));
    }

    /** The README's five pattern prompts, run as written there, each passing --verify. */
    @Test
    void theReadmesPatternExamplesPassVerify() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("riffwire.root"), "README.md"));
        String section = readme.substring(readme.indexOf("## Patterns: music as code"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        List<String> commands = section.lines().filter(l -> l.startsWith("./riffwire generate --verify")).toList();
        assertEquals(5, commands.size(), section);
        for (String command : commands) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-o (\\S+) '(.*)'$").matcher(command);
            assertTrue(m.find(), command);
            Path out = work.resolve(m.group(1));
            CommandLineIT.Result r = CommandLineIT.riffwireIn(home, "generate", "--verify", "-o", out.toString(), m.group(2));
            assertEquals(0, r.code(), command + "\n" + r.err() + r.out());
            assertTrue(r.out().contains("verified: every hard constraint holds") && r.out().contains("pattern"), r.out());
        }
    }
}
