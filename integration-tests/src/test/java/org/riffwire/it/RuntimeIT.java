// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.PipelineInfo;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;

/**
 * Boots the runtime's bundles (the reactor's jars) in a real Felix and drives them through their services and
 * the Gogo command processor, as an admin at the shell would.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeIT {

    @Inject
    private Studio studio;

    @Inject
    private PipelineRegistry pipelines;

    @Inject
    private PluginInventory inventory;

    @Inject
    private CommandProcessor commands;

    @Configuration
    public Option[] config() {
        return options(runtimeBundles());
    }

    /** The runtime's bundles from the reactor, JUnit for the probe, and quiet Felix logging. */
    static Option[] runtimeBundles() {
        return runtimeBundlesWithout("no such bundle");
    }

    /** The runtime's bundles but those whose file name starts with {@code left out}. */
    static Option[] runtimeBundlesWithout(String leftOut) {
        List<Option> options = new ArrayList<>();
        for (Path jar : RuntimeBundles.jars()) {
            if (!jar.getFileName().toString().startsWith(leftOut)) {
                options.add(bundle(jar.toUri().toString()));
            }
        }
        options.add(junitBundles());
        options.add(frameworkProperty("felix.log.level").value("1"));
        options.add(systemProperty("riffwire.work").value(System.getProperty("riffwire.work")));
        return options.toArray(new Option[0]);
    }

    private static Path work() throws Exception {
        Path dir = Path.of(System.getProperty("riffwire.work"), "runtime-it");
        Files.createDirectories(dir);
        return dir;
    }

    @Test
    public void everyPartIsWiredAndTheDefaultPipelineIsReady() throws Exception {
        Set<String> plugins = inventory.plugins().stream().map(p -> p.kind() + ":" + p.name()).collect(Collectors.toSet());
        assertTrue(plugins.toString(), plugins.containsAll(
                Set.of("interpreter:keyword", "interpreter:notes", "interpreter:semantic", "generator:symbolic",
                        "renderer:midi")));
        for (PluginInfo p : inventory.plugins()) {
            assertTrue(p.bundle().startsWith("org.riffwire."));
        }
        PipelineInfo pipeline = awaitDefaultPipeline();
        assertEquals(List.of("keyword", "notes", "pattern", "semantic", "image"), pipeline.interpreters());
        assertEquals("symbolic", pipeline.generator());
    }

    private PipelineInfo awaitDefaultPipeline() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            for (PipelineInfo p : pipelines.list()) {
                if (p.name().equals(Studio.DEFAULT_PIPELINE) && p.ready()) {
                    return p;
                }
            }
            Thread.sleep(10);
        }
        fail("the default pipeline never became ready: " + pipelines.list());
        return null;
    }

    @Test
    public void generateThroughTheGogoShellWritesAMidiThatHonoursThePrompt() throws Exception {
        awaitDefaultPipeline();
        Path out = work().resolve("gogo-waltz.mid");
        Files.deleteIfExists(out);
        String output = run("riff:generate -o " + out + " \"a waltz in A minor for piano and cello, 16 bars, at 90 bpm\"");
        assertTrue(output, output.contains("wrote"));
        MidiFacts midi = new MidiFacts(out.toFile());
        assertEquals(90.0, midi.tempo, 0.01);
        assertEquals(3, midi.meterNumerator);
        assertEquals(4, midi.meterDenominator);
        assertEquals(Set.of(0, 42), midi.programs());
        assertEquals(32.0, midi.seconds, 0.01);
        int[] key = midi.estimatedKey();
        assertEquals("the notes imply A minor", 9, key[0]);
        assertEquals(1, key[1]);
    }

    @Test
    public void interpretShowsEachValueWithItsWords() throws Exception {
        awaitDefaultPipeline();
        String output = run("riff:interpret \"a jig in D major at 120 bpm that only uses D, E, F#, A and B\"");
        assertTrue(output, output.contains("tempo") && output.contains("120 bpm") && output.contains("keyword"));
        assertTrue(output, output.contains("pitch set") && output.contains("notes"));
    }

    @Test
    public void aContradictionNamesBothParts() throws Exception {
        awaitDefaultPipeline();
        try {
            run("riff:generate -o " + work().resolve("never.mid") + " \"a piece in C major that only uses F# and G#\"");
            fail("a contradictory prompt must fail");
        } catch (Exception e) {
            String message = e.getMessage();
            assertTrue(message, message.contains("C major") || message.contains("tonic C"));
            assertTrue(message, message.contains("F#"));
        }
        assertTrue(Files.notExists(work().resolve("never.mid")));
    }

    @Test
    public void listingCommandsAnswer() throws Exception {
        awaitDefaultPipeline();
        assertTrue(run("riff:plugins").contains("org.riffwire.generator-symbolic"));
        assertTrue(run("riff:pipelines").contains("default"));
        for (String incomplete : List.of("riff:pipeline", "riff:pipeline show")) {
            try {
                run(incomplete);
                fail(incomplete + " must fail");
            } catch (RuntimeException e) {
                // The shell shows a failed command as its message alone, one line.
                assertTrue(e.getMessage(), e.getMessage().startsWith("usage: riff:pipeline"));
                assertEquals("toString is the message alone", e.getMessage(), e.toString());
            }
        }
        assertTrue(run("riff:pipeline show default").contains("generator     symbolic"));
    }

    /** The broad prompt suite through the runtime's services: every explicit constraint must hold in the MIDI. */
    @Test
    public void promptSuiteHonoursEveryExplicitConstraint() throws Exception {
        awaitDefaultPipeline();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (PromptSuite.Case c : PromptSuite.load()) {
            Path out = work().resolve("suite-" + checked + ".mid");
            try {
                studio.generate(GenerationRequest.of(c.prompt(), List.of(out)));
                for (String f : PromptSuite.check(c, new MidiFacts(out.toFile()))) {
                    failures.add("\"" + c.prompt() + "\": " + f);
                }
            } catch (Exception e) {
                failures.add("\"" + c.prompt() + "\": " + e.getMessage());
            }
            checked++;
        }
        assertTrue(checked + " prompts, failures:\n" + String.join("\n", failures), failures.isEmpty());
    }

    private String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandSession session = commands.createSession(System.in, out, out);
        try {
            Object result = session.execute(command);
            return bytes.toString(StandardCharsets.UTF_8) + (result == null ? "" : result.toString());
        } finally {
            session.close();
        }
    }
}
