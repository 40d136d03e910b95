// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.riffwire.api.Attachment;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Score;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.Reading;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.Studio;

/**
 * Audio-only generators and attachments in a real runtime: an audio-only piece is written as WAV by default,
 * verified by listening, rendered to streams; a generator sees the prompt, its attachments and the interpreters'
 * readings; an image that no part of a pipeline reads is refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AudioOnlyIT {
    @Inject
    private Studio studio;

    @Inject
    private PipelineRegistry pipelines;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        Path home = Path.of(System.getProperty("riffwire.work"), "audio-only-home");
        Files.createDirectories(home);
        return options(composite(RuntimeIT.runtimeBundles()), frameworkProperty("riffwire.home").value(home.toString()));
    }

    /** An A-major drone (root, third, fifth as sines) as long as the spec asks. */
    private static final class Drone implements Generator {
        @Override
        public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
            Length length = spec.get(SpecField.LENGTH).orElseThrow();
            int rate = 44_100;
            float[] samples = new float[(int) Math.round(length.seconds() * rate)];
            for (int i = 0; i < samples.length; i++) {
                double t = (double) i / rate;
                samples[i] = (float) (0.2 * (Math.sin(2 * Math.PI * 220 * t) + Math.sin(2 * Math.PI * 277.18 * t)
                        + Math.sin(2 * Math.PI * 329.63 * t)));
            }
            return new Piece(spec, null, new AudioClip(rate, new float[][] {samples, samples}), Map.of());
        }
    }

    private void register(String name, Object service, Class<?> type, Map<String, Object> extra) {
        Hashtable<String, Object> props = new Hashtable<>(extra);
        props.put("riffwire.name", name);
        context.registerService(type.getName(), service, props);
    }

    private void pipeline(String name, List<String> interpreters, String generator) throws Exception {
        pipelines.save(new PipelineDefinition(name, interpreters, generator, List.of(), Map.of()));
        for (int i = 0; i < 500; i++) {
            if (pipelines.list().stream().anyMatch(p -> p.name().equals(name) && p.ready())) {
                return;
            }
            Thread.sleep(10);
        }
        fail("pipeline " + name + " never became ready: " + pipelines.list());
    }

    @Test
    public void anAudioOnlyPieceIsWrittenAsWavByDefaultHeardByTheVerifierAndStreamed() throws Exception {
        register("it-drone", new Drone(), Generator.class, Map.of("riffwire.produces", "audio"));
        pipeline("drone", List.of("keyword"), "it-drone");

        GenerationResult result = studio.generate(new GenerationRequest(Prompt.of("a drone in A major, 6 seconds"), "drone",
                1L, List.of(), true, null));
        try {
            assertEquals(1, result.files().size());
            assertTrue(result.files().get(0).toString(), result.files().get(0).toString().endsWith("a-drone-in-a-major-6-seconds.wav"));
            AdherenceReport report = result.report().orElseThrow();
            assertTrue(report.toString(), report.passed());
            List<String> heard = report.checks().stream().filter(c -> c.method().equals("audio"))
                    .map(ConstraintCheck::constraint).toList();
            assertTrue(heard.toString(), heard.containsAll(List.of("duration", "key heard", "no clipping")));
        } finally {
            for (Path f : result.files()) {
                Files.deleteIfExists(f);
            }
        }

        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        studio.generate(new GenerationRequest(Prompt.of("a drone, 2 seconds"), "drone", 1L, List.of(), false, null),
                Map.of("wav", wav));
        assertEquals("RIFF", new String(wav.toByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try {
            studio.generate(new GenerationRequest(Prompt.of("a drone, 2 seconds"), "drone", 1L, List.of(), false, null),
                    Map.of("mid", new ByteArrayOutputStream()));
            fail("MIDI of an audio-only piece must be refused");
        } catch (UnsatisfiableSpecException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("needs a score"));
        }
    }

    @Test
    public void theGeneratorSeesThePromptItsAttachmentsAndTheReadings() throws Exception {
        AtomicReference<GenerationContext> seen = new AtomicReference<>();
        register("it-listener", (Generator) (spec, ctx) -> {
            seen.set(ctx);
            return Piece.ofScore(spec, new Score(Score.PPQ, 100, Meter.COMMON, new Key(0, Mode.MAJOR), List.of(), Score.PPQ),
                    Map.of());
        }, Generator.class, Map.of());
        // An interpreter that reads pictures, the way the image interpreter will.
        register("it-eye", (PromptInterpreter) p -> SpecPatch.builder("it-eye")
                .reading("brightness", "", p.attachment(Attachment.Kind.IMAGE).map(a -> a.size() / 10.0).orElse(0.0)).build(),
                PromptInterpreter.class, Map.of("riffwire.accepts", new String[] {"image"}));
        pipeline("seeing", List.of("keyword", "semantic", "it-eye"), "it-listener");

        Attachment picture = new Attachment(Attachment.Kind.IMAGE, "image/png", "dusk.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5, 6});
        studio.generate(new GenerationRequest(Prompt.builder().text("a quiet evening by the sea").attach(picture).build(),
                "seeing", 1L, List.of(out("seeing.mid")), false, null));
        GenerationContext ctx = seen.get();
        assertEquals("a quiet evening by the sea", ctx.prompt().text());
        assertEquals(picture, ctx.prompt().attachment(Attachment.Kind.IMAGE).orElseThrow());
        assertTrue(ctx.readings().toString(), ctx.readings().contains(new Reading("it-eye", "brightness", "", 1.0)));
        assertTrue(ctx.readings().toString(), ctx.readings().stream().anyMatch(r -> r.interpreter().equals("semantic")
                && r.kind().equals("valence")));
    }

    @Test
    public void anImageNoPartOfThePipelineReadsIsRefused() throws Exception {
        Attachment picture = new Attachment(Attachment.Kind.IMAGE, "image/png", "sea.png", new byte[] {1, 2, 3});
        pipeline("words", List.of("keyword", "notes"), "symbolic");
        try {
            studio.generate(new GenerationRequest(Prompt.builder().text("a waltz").attach(picture).build(), "words", 1L,
                    List.of(out("never.mid")), false, null));
            fail("the words pipeline reads no images");
        } catch (BadRequestException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("no image interpreter to read sea.png"));
        }
        assertTrue(Files.notExists(out("never.mid")));
    }

    private static Path out(String name) {
        return Path.of(System.getProperty("riffwire.work"), name);
    }
}
