// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.Studio;

/**
 * Prompts that state no tempo, key or mode, through the whole default pipeline (keyword, notes and the semantic
 * interpreter on the real model): sad ones must come out minor and at most 100 bpm, happy ones major and at
 * least 100, calm ones at most 90 and soft, intense ones at least 120 and loud. At least 90% must hold.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MoodIT {
    @Inject
    private Studio studio;

    @Configuration
    public Option[] config() throws Exception {
        Path home = Path.of(System.getProperty("riffwire.work"), "mood-home");
        Files.createDirectories(home);
        return options(composite(RuntimeIT.runtimeBundles()), frameworkProperty("riffwire.home").value(home.toString()));
    }

    @Test
    public void moodsBecomeModeTempoDynamicsAndDrums() throws Exception {
        List<PromptSuite.Case> cases = new ArrayList<>();
        try (InputStream in = MoodIT.class.getResourceAsStream("/mood-prompts.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    cases.add(new PromptSuite.Case(parts[0], parts[1]));
                }
            }
        }
        Path work = Path.of(System.getProperty("riffwire.work"), "mood-it");
        Files.createDirectories(work);
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (PromptSuite.Case c : cases) {
            Path out = work.resolve("mood-" + i++ + ".mid");
            studio.generate(GenerationRequest.of(c.prompt(), List.of(out)));
            for (String f : PromptSuite.check(c, new MidiFacts(out.toFile()))) {
                failures.add("\"" + c.prompt() + "\": " + f);
            }
        }
        long failedPrompts = failures.stream().map(f -> f.substring(0, f.indexOf("\":"))).distinct().count();
        String report = (cases.size() - failedPrompts) + " of " + cases.size() + " prompts hold every expectation\n"
                + String.join("\n", failures);
        System.out.println(report);
        assertTrue(report, cases.size() - failedPrompts >= 0.9 * cases.size());
    }
}
