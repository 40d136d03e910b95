// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;

/**
 * The runtime without a working sentence-embedding model (the model bundle left out, a corrupt model in the
 * models folder): it starts, the default pipeline generates on the keyword and note interpreters, and the
 * semantic interpreter's status says why it reads nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SemanticWithoutModelIT {
    @Inject
    private Studio studio;

    @Inject
    private PluginInventory inventory;

    @Configuration
    public Option[] config() throws Exception {
        Path home = Path.of(System.getProperty("riffwire.work"), "no-model-home");
        Files.createDirectories(home.resolve("models"));
        Files.writeString(home.resolve("models/corrupt.json"), "{\"name\": \"corrupt\", \"version\": \"1\", "
                + "\"kind\": \"sentence-embedding\", \"resources\": {\"tokenizer\": \"corrupt.json\"}}");
        Files.write(home.resolve("models/corrupt.onnx"), new byte[] {0x08, 0x07, 0x12, 0x00, 0x7f});
        return options(composite(RuntimeIT.runtimeBundlesWithout("org.riffwire.model-minilm")),
                frameworkProperty("riffwire.home").value(home.toString()));
    }

    @Test
    public void pipelineRunsAndTheStatusSaysWhy() throws Exception {
        Path out = Path.of(System.getProperty("riffwire.work"), "no-model.mid");
        studio.generate(GenerationRequest.of("a sad waltz for piano in D minor, 16 bars", List.of(out)));
        MidiFacts midi = new MidiFacts(out.toFile());
        assertTrue(midi.meterNumerator == 3 && midi.keyMinor);
        PluginInfo semantic = inventory.plugins().stream().filter(p -> p.name().equals("semantic")).findFirst().orElseThrow();
        assertTrue(semantic.state(), semantic.state().startsWith("unavailable") && semantic.state().contains("corrupt"));
    }
}
