// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;

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
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;

/**
 * A third party's generator, the SDK template built by the reactor, deployed into a running runtime by dropping
 * its jar into plugins/, used through a pipeline made in Gogo, then replaced by a new version: no restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LiveDeployIT {
    @Inject
    private Studio studio;

    @Inject
    private PipelineRegistry pipelines;

    @Inject
    private PluginInventory inventory;

    @Inject
    private CommandProcessor commands;

    private static Path plugins() {
        return Path.of(System.getProperty("riffwire.work"), "live-home", "plugins");
    }

    @Configuration
    public Option[] config() throws Exception {
        Path plugins = plugins();
        Folders.delete(plugins);
        Files.createDirectories(plugins);
        return options(composite(RuntimeIT.runtimeBundles()),
                frameworkProperty("riffwire.home").value(plugins.getParent().toString()),
                frameworkProperty("felix.fileinstall.dir").value(plugins.toString()),
                frameworkProperty("felix.fileinstall.poll").value("200"),
                frameworkProperty("felix.fileinstall.noInitialDelay").value("true"),
                frameworkProperty("felix.fileinstall.log.level").value("1"));
    }

    private String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (CommandSession session = commands.createSession(System.in, out, out)) {
            Object result = session.execute(command);
            return bytes.toString(StandardCharsets.UTF_8) + (result == null ? "" : result.toString());
        }
    }

    private PluginInfo awaitArpeggio(String version) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (PluginInfo p : inventory.plugins()) {
                if (p.name().equals("arpeggio") && p.version().equals(version)) {
                    return p;
                }
            }
            Thread.sleep(20);
        }
        fail("generator arpeggio " + version + " never appeared: " + inventory.plugins());
        return null;
    }

    @Test
    public void dropUseReplaceWithoutRestart() throws Exception {
        Path template = Path.of(System.getProperty("riffwire.template.jar"));
        Path dropped = plugins().resolve("arpeggio.jar");
        long start = System.nanoTime();
        PluginJars.copyAsVersion(template, dropped, "1.0.0");
        awaitArpeggio("1.0.0");
        long deployMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue("deployed in " + deployMillis + " ms", deployMillis < 5_000);

        String created = run("riff:pipeline create arp -i keyword -g arpeggio -r mid");
        assertTrue(created, created.contains("created pipeline arp"));
        Path first = Path.of(System.getProperty("riffwire.work"), "live-1.mid");
        String generated = run("riff:generate -p arp -o " + first + " \"in D minor at 100 bpm, 8 bars\"");
        assertTrue(generated, generated.contains("wrote"));
        assertEquals(100.0, new MidiFacts(first.toFile()).tempo, 0.01);

        long replaced = System.nanoTime();
        PluginJars.copyAsVersion(template, dropped, "1.0.1");
        awaitArpeggio("1.0.1");
        long updateMillis = (System.nanoTime() - replaced) / 1_000_000;
        System.out.println("plug-in deployed in " + deployMillis + " ms, replaced in " + updateMillis + " ms (poll 200 ms)");
        assertTrue("replaced in " + updateMillis + " ms", updateMillis < 5_000);
        Path second = Path.of(System.getProperty("riffwire.work"), "live-2.mid");
        String again = run("riff:generate -p arp -o " + second + " \"in G major at 120 bpm, 8 bars\"");
        assertTrue(again, again.contains("wrote"));
        assertEquals(120.0, new MidiFacts(second.toFile()).tempo, 0.01);
        assertTrue(run("riff:plugins").contains("1.0.1"));

        Files.delete(dropped);
        String pipelines = "";
        for (int i = 0; i < 500 && !pipelines.contains("missing generator 'arpeggio'"); i++) {
            Thread.sleep(20);
            pipelines = run("riff:pipelines");
        }
        assertTrue(pipelines, pipelines.contains("arp") && pipelines.contains("unsatisfied: missing generator 'arpeggio'"));
        assertTrue(inventory.plugins().stream().noneMatch(p -> p.name().equals("arpeggio")));
    }

    @Test
    public void corruptAndIncompatiblePluginsAreReportedAndTheRuntimeKeepsServing() throws Exception {
        Files.writeString(plugins().resolve("corrupt.jar"), "this is not a jar");
        Path template = Path.of(System.getProperty("riffwire.template.jar"));
        Path future = plugins().resolve("future-api.jar");
        PluginJars.copyWithManifest(template, future, main -> {
            main.put(new Attributes.Name("Bundle-SymbolicName"), "com.example.riffwire.future");
            main.put(new Attributes.Name("Import-Package"), main.getValue("Import-Package").replaceAll("\\[2\\.\\d,3\\)", "[3.0,4)"));
        });
        String corrupt = null;
        String incompatible = null;
        for (int i = 0; i < 300 && (corrupt == null || incompatible == null || !incompatible.contains("API 3.x")); i++) {
            for (PluginInfo p : inventory.plugins()) {
                if (p.name().equals("corrupt.jar")) {
                    corrupt = p.state();
                }
                if (p.name().equals("future-api.jar")) {
                    incompatible = p.state();
                }
            }
            Thread.sleep(20);
        }
        assertTrue(corrupt, corrupt != null && corrupt.contains("not a readable jar"));
        assertTrue(incompatible, incompatible != null && incompatible.contains("built against Riffwire API 3.x"));
        Path out = Path.of(System.getProperty("riffwire.work"), "live-still-serving.mid");
        assertTrue(run("riff:generate -o " + out + " \"a march, 8 bars\"").contains("wrote"));
        Files.delete(plugins().resolve("corrupt.jar"));
        Files.delete(future);
    }
}
