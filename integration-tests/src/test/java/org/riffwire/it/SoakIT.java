// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.riffwire.api.Prompt;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;

/**
 * Four clients generate without pause while the generator bundle is replaced 100 times and the embedding model
 * 20 times: no request may fail, and every output must be a valid MIDI file. Prints swap-to-serving latency
 * and request latency.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SoakIT {
    private static final int CLIENTS = 4;
    private static final int BUNDLE_UPDATES = 100;
    private static final int MODEL_REPLACEMENTS = 20;

    @Inject
    private Studio studio;

    @Inject
    private PipelineRegistry pipelines;

    @Inject
    private PluginInventory inventory;

    private static Path home() {
        return Path.of(System.getProperty("riffwire.work"), "soak-home");
    }

    @Configuration
    public Option[] config() throws Exception {
        Path home = home();
        Folders.delete(home);
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("models"));
        Path modelBundle;
        modelBundle = RuntimeBundles.jars().stream()
                .filter(p -> p.getFileName().toString().startsWith("org.riffwire.model-minilm")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(modelBundle.toFile())) {
            for (String name : List.of("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json")) {
                try (InputStream in = zip.getInputStream(zip.getEntry("models/" + name))) {
                    Files.copy(in, home.resolve("models").resolve(name.replace("all-minilm-l6-v2-q", "minilm")));
                }
            }
        }
        writeDescriptor(home, 0);
        Folders.copy(Folders.export("tiny-sd"), home.resolve("models").resolve("soak-sd"));
        return options(composite(RuntimeIT.runtimeBundlesWithout("org.riffwire.model-minilm")),
                frameworkProperty("riffwire.home").value(home.toString()),
                org.ops4j.pax.exam.CoreOptions.systemProperty("riffwire.testdata").value(System.getProperty("riffwire.testdata")),
                frameworkProperty("felix.fileinstall.dir").value(home.resolve("plugins").toString()),
                frameworkProperty("felix.fileinstall.poll").value("100"),
                frameworkProperty("felix.fileinstall.noInitialDelay").value("true"),
                frameworkProperty("felix.fileinstall.log.level").value("1"));
    }

    /** A model descriptor whose version alternates, so consumers see a new model each time. */
    private static void writeDescriptor(Path home, int replacement) throws Exception {
        Path temp = home.resolve("minilm.json.part");
        Files.writeString(temp, "{\"name\": \"minilm\", \"version\": \"soak-" + (replacement % 2) + "\", "
                + "\"kind\": \"sentence-embedding\", \"inputs\": [\"input_ids\", \"attention_mask\", \"token_type_ids\"], "
                + "\"outputs\": [\"last_hidden_state\"], \"licence\": \"Apache-2.0\", "
                + "\"resources\": {\"tokenizer\": \"minilm-tokenizer.json\"}, \"replacement\": \"" + replacement + "\"}");
        Files.move(temp, home.resolve("models/minilm.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private long awaitPlugin(String version, long since) throws Exception {
        while (System.nanoTime() - since < 20_000_000_000L) {
            for (PluginInfo p : inventory.plugins()) {
                if (p.name().equals("arpeggio") && p.version().equals(version)) {
                    return (System.nanoTime() - since) / 1_000_000;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("arpeggio " + version + " never appeared");
    }


    private String semanticState() {
        return inventory.plugins().stream().filter(p -> p.name().equals("semantic")).findFirst().orElseThrow().state();
    }

    @Test
    public void noRequestFailsWhilePluginsAndModelsAreSwapped() throws Exception {
        Path plugin = home().resolve("plugins/arpeggio.jar");
        PluginJars.copyAsVersion(Path.of(System.getProperty("riffwire.template.jar")), plugin, "1.0.0");
        awaitPlugin("1.0.0", System.nanoTime());
        pipelines.save(new PipelineDefinition("soak", List.of("keyword", "notes", "semantic"), "arpeggio",
                List.of("mid"), java.util.Map.of()));
        pipelines.save(new PipelineDefinition("soakdiff", List.of("keyword"), "diffusion", List.of("wav"),
                java.util.Map.of("model", "soak-sd", "steps", "4")));
        // Warm up as a deployment would: the embedding model and its vocabulary are ready before traffic starts.
        for (int i = 0; i < 600 && !semanticState().startsWith("model minilm"); i++) {
            Thread.sleep(100);
        }
        assertTrue(semanticState(), semanticState().startsWith("model minilm"));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int n = 0;
                while (running.get()) {
                    Path out = home().resolve("client" + client + "-" + (n++ % 3) + ".mid");
                    long start = System.nanoTime();
                    try {
                        studio.generate(new GenerationRequest(Prompt.of("a calm evening tune in D minor, 4 bars"), "soak", (long) n,
                                List.of(out), false, null));
                        MidiFacts midi = new MidiFacts(out.toFile());
                        if (midi.pitched().isEmpty() || Math.abs(midi.tempo - 0) < 1) {
                            failures.add("client " + client + ": an empty or invalid MIDI");
                        }
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                    } catch (Exception | Error e) {
                        failures.add("client " + client + ": " + e);
                    }
                    requests.incrementAndGet();
                }
            }, "soak-client-" + c);
            clients.add(t);
            t.start();
        }
        // One more client asks for diffusion while its export is replaced in place.
        AtomicInteger diffusions = new AtomicInteger();
        Thread diffusionClient = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                Path out = home().resolve("diffusion-" + (n++ % 2) + ".wav");
                try {
                    studio.generate(new GenerationRequest(Prompt.of("a soaking drone"), "soakdiff", (long) n, List.of(out),
                            false, null));
                    diffusions.incrementAndGet();
                } catch (Exception | Error e) {
                    failures.add("diffusion client: " + e);
                }
                requests.incrementAndGet();
            }
        }, "soak-diffusion-client");
        clients.add(diffusionClient);
        diffusionClient.start();
        List<Long> swaps = new ArrayList<>();
        for (int u = 1; u <= BUNDLE_UPDATES; u++) {
            long since = System.nanoTime();
            String version = "1.0." + u;
            PluginJars.copyAsVersion(Path.of(System.getProperty("riffwire.template.jar")), plugin, version);
            swaps.add(awaitPlugin(version, since));
            if (u % (BUNDLE_UPDATES / MODEL_REPLACEMENTS) == 0) {
                int replacement = u / (BUNDLE_UPDATES / MODEL_REPLACEMENTS);
                writeDescriptor(home(), replacement);
                Folders.copy(Folders.export(replacement % 2 == 0 ? "tiny-sd" : "tiny-sd-legacy"),
                        home().resolve("models").resolve("soak-sd"));
            }
        }
        running.set(false);
        for (Thread t : clients) {
            t.join(60_000);
        }
        Collections.sort(swaps);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format("soak: %d requests by %d clients (%d of them diffusion), %d failed; %d bundle updates, "
                + "%d replacements of the embedding model and of the diffusion export;"
                + " swap-to-serving median %d ms, max %d ms; request latency median %d ms, max %d ms",
                requests.get(), CLIENTS + 1, diffusions.get(), failures.size(), BUNDLE_UPDATES, MODEL_REPLACEMENTS, swaps.get(swaps.size() / 2),
                swaps.get(swaps.size() - 1), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        System.out.println(report);
        assertTrue(report + "\n" + String.join("\n", failures.stream().limit(20).toList()), failures.isEmpty());
        assertTrue(report, requests.get() > BUNDLE_UPDATES);
        assertEquals(0, failures.size());
        assertTrue(report, diffusions.get() > 0);
        // The semantic interpreter follows the replaced model: the last descriptor written says soak-0.
        String semantic = semanticState();
        for (int i = 0; i < 600 && !semantic.startsWith("model minilm soak-0"); i++) {
            Thread.sleep(100);
            semantic = semanticState();
        }
        assertTrue(semantic, semantic.startsWith("model minilm soak-0"));
    }
}
