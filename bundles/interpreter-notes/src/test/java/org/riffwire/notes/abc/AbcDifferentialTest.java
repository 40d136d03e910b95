// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tune of the shared folk corpora through Riffwire's ABC parser and through abc2midi, note for note. The
 * test fails on any difference whose class the README's "Differences from abc2midi" table does not explain. It
 * writes the table of match rates and classes to {@code target/abc-differential.txt} ({@code bench/abc-differential.sh}
 * prints it).
 */
class AbcDifferentialTest {
    /**
     * The shared data sets: {@code -Driffwire.data=DIR}, else beside the project's checkout, else where this
     * workplace keeps them ({@code /work/shared/data}).
     */
    private static final Path DATA = java.util.stream.Stream.of(System.getProperty("riffwire.data"),
                    "../../../shared/data", "/work/shared/data")
            .filter(java.util.Objects::nonNull).map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("../../../shared/data"));
    private static final List<String> CORPORA = List.of("nottingham/all.abc", "cre/train.abc");

    @Test
    void everyTuneReadsAsAbc2MidiReadsItOrTheReadmeSaysWhyNot(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Abc2Midi.installed(), "abc2midi is not installed");
        Assumptions.assumeTrue(Files.isReadable(DATA.resolve(CORPORA.get(0))), "no shared corpora at " + DATA);
        Set<String> explained = explainedClasses(Path.of("README.md"));
        StringBuilder table = new StringBuilder(
                "| corpus | tunes | match | rate |\n|---|---:|---:|---:|\n");
        Map<String, List<String>> byClass = new TreeMap<>();
        List<String> unexplained = new ArrayList<>();
        for (String corpus : CORPORA) {
            List<AbcDifferential.Verdict> verdicts = new AbcDifferential(work).run(DATA.resolve(corpus));
            long matched = verdicts.stream().filter(AbcDifferential.Verdict::matches).count();
            table.append(String.format("| %s | %d | %d | %.1f%% |%n", corpus, verdicts.size(), matched,
                    100.0 * matched / verdicts.size()));
            for (AbcDifferential.Verdict v : verdicts) {
                for (String c : v.classes()) {
                    byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(corpus + " X:" + v.x());
                    if (!explained.contains(c)) {
                        unexplained.add(corpus + " X:" + v.x() + " (" + v.title() + "): " + c + "; " + v.detail());
                    }
                }
            }
        }
        table.append("\n| class | tunes | explained | examples |\n|---|---:|---|---|\n");
        byClass.forEach((c, tunes) -> table.append(String.format("| %s | %d | %s | %s |%n", c, tunes.size(),
                explained.contains(c) ? "yes" : "**no**", tunes.stream().limit(3).collect(Collectors.joining(", ")))));
        if (!unexplained.isEmpty()) {
            table.append("\nUnexplained:\n").append(String.join("\n", unexplained)).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/abc-differential.txt"), table);
        System.out.print(table);
        assertTrue(unexplained.isEmpty(), unexplained.size() + " differences of unexplained classes:\n"
                + String.join("\n", unexplained));
    }

    /** The class names in the first column of the README's table under "Differences from abc2midi". */
    static Set<String> explainedClasses(Path readme) throws IOException {
        String text = Files.readString(readme);
        int from = text.indexOf("### Differences from abc2midi");
        assertTrue(from >= 0, "the README has no section \"### Differences from abc2midi\"");
        Map<String, String> classes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (?!class)([^|]+?) \\|").matcher(text.substring(from));
        while (m.find()) {
            String name = m.group(1).strip();
            if (!name.startsWith("-")) {
                classes.put(name.replace("\\|", "|"), name);
            }
        }
        return classes.keySet();
    }
}
