// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.inject.Inject;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.riffwire.api.Prompt;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.PipelineChange;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.Studio;
import org.riffwire.onnx.api.OnnxModel;

/**
 * Spectrogram diffusion in Felix with a random-weight export in the models folder: a prompt becomes a 5.12 s WAV and a
 * 512 × 512 spectrogram PNG, img2img starts from the WAV, and replacing the export while requests run fails none.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DiffusionIT {
    @Inject
    private Studio studio;

    @Inject
    private PipelineRegistry pipelines;

    @Inject
    private BundleContext context;

    private static Path home() {
        return Path.of(System.getProperty("riffwire.work"), "diffusion-home");
    }


    @Configuration
    public Option[] config() throws Exception {
        Path home = home();
        Folders.delete(home);
        Folders.copy(Folders.export("tiny-sd"), home.resolve("models").resolve("riffusion"));
        return options(composite(RuntimeIT.runtimeBundles()), frameworkProperty("riffwire.home").value(home.toString()),
                systemProperty("riffwire.testdata").value(System.getProperty("riffwire.testdata")));
    }


    private String modelVersion() throws Exception {
        for (int i = 0; i < 500; i++) {
            for (ServiceReference<OnnxModel> ref : context.getServiceReferences(OnnxModel.class, "(riffwire.model.kind=stable-diffusion)")) {
                return String.valueOf(ref.getProperty("riffwire.model.version"));
            }
            Thread.sleep(10);
        }
        fail("the export was never registered");
        return null;
    }

    private void readyPipeline() throws Exception {
        if (pipelines.definition("riff").isEmpty()) {
            pipelines.create("riff", new PipelineChange(null, "diffusion", List.of("wav", "png"), Map.of("steps", "12")));
        }
        for (int i = 0; i < 500 && pipelines.list().stream().noneMatch(p -> p.name().equals("riff") && p.ready()); i++) {
            Thread.sleep(10);
        }
    }

    private static Path out(String name) {
        return Path.of(System.getProperty("riffwire.work"), name);
    }

    @Test
    public void aPromptBecomesARiffusionClipAndItsImageAndTheClipCanStartAnother() throws Exception {
        modelVersion();
        readyPipeline();
        GenerationResult result = studio.generate(new GenerationRequest(Prompt.of("jazzy saxophone solo"), "riff", 3L,
                List.of(out("diffusion.wav"), out("diffusion.png")), false, null));
        AudioFileFormat wav = AudioSystem.getAudioFileFormat(out("diffusion.wav").toFile());
        assertEquals(44_100, (int) wav.getFormat().getSampleRate());
        assertEquals(5.12, wav.getFrameLength() / 44_100.0, 1e-3);
        BufferedImage png = ImageIO.read(out("diffusion.png").toFile());
        assertEquals(512, png.getWidth());
        assertEquals(512, png.getHeight());
        assertEquals("riffusion", result.piece().metadata().get("model"));

        Prompt again = Prompt.builder().text("jazzy saxophone solo")
                .attach(org.riffwire.core.api.AttachmentFiles.init(out("diffusion.wav"))).initStrength(0.5).build();
        GenerationResult variation = studio.generate(new GenerationRequest(again, "riff", 3L, List.of(out("variation.wav")),
                false, null));
        assertEquals("0.5", variation.piece().metadata().get("strength"));
    }

    @Test
    public void replacingTheExportWhileRequestsRunFailsNone() throws Exception {
        String before = modelVersion();
        readyPipeline();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<GenerationResult>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                long seed = i;
                calls.add(clients.submit(() -> studio.generate(new GenerationRequest(Prompt.of("a drone " + seed), "riff",
                        seed, List.of(out("soak-" + seed + ".wav")), false, null))));
            }
            // The legacy export (other tensor types, external data) replaces the files in place.
            Folders.copy(Folders.export("tiny-sd-legacy"), home().resolve("models").resolve("riffusion"));
            for (Future<GenerationResult> call : calls) {
                assertTrue(call.get(120, TimeUnit.SECONDS).files().get(0).toString().endsWith(".wav"));
            }
        } finally {
            clients.shutdownNow();
        }
        String after = before;
        for (int i = 0; i < 500 && after.equals(before); i++) {
            Thread.sleep(10);
            after = modelVersion();
        }
        assertTrue("the new export was registered", !after.equals(before));
        GenerationResult onNew = studio.generate(new GenerationRequest(Prompt.of("a drone"), "riff", 9L,
                List.of(out("after.wav")), false, null));
        assertEquals("riffusion", onNew.piece().metadata().get("model"));
    }
}
