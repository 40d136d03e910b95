// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real folk tunes: the held-out part of the Nottingham Music Database, when the shared data is present. */
class NottinghamTest {
    private static final Path HELDOUT = Path.of("/work/shared/data/nottingham/heldout.abc");

    @Test
    void heldOutTunesParse() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(HELDOUT), "no Nottingham data at " + HELDOUT);
        List<String> tunes = tunes(Files.readString(HELDOUT));
        assertTrue(tunes.size() >= 50, "expected the held-out tunes, found " + tunes.size());
        List<String> failures = new ArrayList<>();
        AbcParser parser = new AbcParser();
        for (String text : tunes) {
            String name = text.lines().findFirst().orElse("");
            try {
                AbcTune tune = parser.parse(text);
                if (tune.notes().isEmpty() || tune.lengthTicks() <= 0 || tune.meter() == null) {
                    failures.add(name + ": implausible result");
                } else if (tune.lengthTicks() < 4L * tune.meter().barTicks(AbcTune.PPQ)) {
                    failures.add(name + ": shorter than four bars");
                }
            } catch (AbcSyntaxException e) {
                failures.add(name + ": " + e.getMessage());
            }
        }
        double passRate = 1 - (double) failures.size() / tunes.size();
        System.out.printf("Nottingham held-out: %d of %d tunes parse (%.1f%%)%n", tunes.size() - failures.size(),
                tunes.size(), 100 * passRate);
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(passRate >= 0.95, "pass rate " + passRate + ": " + failures);
    }

    /** Splits a song book into tunes: each starts at an X: line. */
    private static List<String> tunes(String book) {
        List<String> tunes = new ArrayList<>();
        for (String part : book.split("(?m)(?=^X:)")) {
            if (part.startsWith("X:")) {
                tunes.add(part);
            }
        }
        return tunes;
    }
}
