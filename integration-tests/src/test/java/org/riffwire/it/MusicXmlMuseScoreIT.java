// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MuseScore 3 reads our MusicXML back: {@code ./riffwire generate} writes a piece as MIDI and as MusicXML, MuseScore
 * converts the MusicXML to MIDI, and every pitched note of our MIDI must be in MuseScore's, at its onset, and
 * nothing else. MuseScore reports success even for a file it half understood, so only the notes count. Skipped
 * where MuseScore is missing ({@code .ci/run} installs Debian's musescore3).
 */
class MusicXmlMuseScoreIT {
    private static final Path MSCORE = Path.of("/usr/bin/mscore3");
    private static Path work;

    @BeforeAll
    static void locate() throws Exception {
        CommandLineIT.locate(); // runs ./riffwire as the command-line tests do, with their home folder
        work = Path.of(System.getProperty("riffwire.work"), "musicxml-it").toAbsolutePath();
        Files.createDirectories(work);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quartet|a string quartet in D major at 96 bpm, 20 seconds",
        "lead sheet with drums|a pop song in B flat major with piano, bass and drums, 20 seconds",
        "6/8 jig|an irish jig in G major in 6/8 for flute and guitar, 20 seconds",
        "7/8 piece|a balkan folk dance in 7/8 in E minor for clarinet and accordion with drums, 20 seconds",
        "triplet swing|a swing jazz tune in F with tenor saxophone, piano, bass and drums, 20 seconds"})
    void museScoreReadsBackEveryPitchedNote(String name, String prompt) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(MSCORE), "no MuseScore 3 (Debian package musescore3)");
        String slug = name.replaceAll("[^a-z0-9]+", "-");
        Path ours = work.resolve(slug + ".mid");
        Path score = work.resolve(slug + ".musicxml");
        Path back = work.resolve(slug + "-musescore.mid");
        Files.deleteIfExists(back);
        CommandLineIT.Result r = CommandLineIT.riffwire("generate", "-o", ours.toString(), "-o", score.toString(),
                prompt);
        assertEquals(0, r.code(), r.err());

        ProcessBuilder pb = new ProcessBuilder(MSCORE.toString(), "-o", back.toString(), score.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("QT_QPA_PLATFORM", "offscreen");
        pb.environment().put("XDG_RUNTIME_DIR", work.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "MuseScore finished");
        assertTrue(Files.size(back) > 0, "MuseScore wrote MIDI");

        Map<String, Integer> expected = onsets(new MidiFacts(ours.toFile()));
        Map<String, Integer> read = onsets(new MidiFacts(back.toFile()));
        assertTrue(expected.values().stream().mapToInt(Integer::intValue).sum() > 40, "a real piece: " + expected);
        assertEquals(expected, read, name + ": centiseconds:pitch to count, ours against MuseScore's");
    }

    /** Every pitched note as "onset in centiseconds:pitch", counted (two parts in unison count twice). */
    private static Map<String, Integer> onsets(MidiFacts midi) {
        Map<String, Integer> counts = new TreeMap<>();
        for (MidiFacts.PlayedNote n : midi.pitched()) {
            counts.merge(Math.round(n.start() * 100) + ":" + n.pitch(), 1, Integer::sum);
        }
        return counts;
    }
}
