// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Attachment;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.SpecField;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.testkit.GeneratorConformance;
import org.riffwire.testkit.Specs;

/** The whole chain on the random-weight test exports: prompt, denoising, VAE, Riffusion codec, audio. */
class DiffusionGeneratorTest extends GeneratorConformance {
    static DiffusionGenerator generatorWith(String... exports) {
        DiffusionGenerator g = new DiffusionGenerator();
        MelDiffusionGeneratorTest.inject(g, "models",
                java.util.Arrays.stream(exports).map(FolderExport::new).toArray(OnnxModel[]::new));
        return g;
    }

    @Override
    protected Generator generator() {
        return generatorWith("tiny-sd");
    }

    @Override
    protected Set<SpecField<?>> supportedConstraints() {
        return Set.of(SpecField.LENGTH);
    }

    @Override
    protected Set<SpecField<?>> approximateConstraints() {
        return Set.of(SpecField.TEMPO, SpecField.METER, SpecField.TONIC, SpecField.MODE, SpecField.DRUMS,
                SpecField.INSTRUMENTS);
    }

    @Override
    protected String produces() {
        return Produces.AUDIO;
    }

    private static GenerationContext context(Prompt prompt, Map<String, String> options, List<Double> progress) {
        GenerationContext base = Specs.context(11, false, prompt, List.of(), options);
        return new GenerationContext() {
            @Override
            public long seed() {
                return base.seed();
            }

            @Override
            public Prompt prompt() {
                return base.prompt();
            }

            @Override
            public List<org.riffwire.api.spec.Reading> readings() {
                return base.readings();
            }

            @Override
            public Map<String, String> options() {
                return base.options();
            }

            @Override
            public void progress(double fraction, String step) {
                progress.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Test
    void aPromptBecomesFiveSecondsOfAudioWithProgressPerStep() throws Exception {
        List<Double> progress = new ArrayList<>();
        Piece piece = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(Prompt.of("warm lo-fi piano"), Map.of("steps", "8"), progress));
        AudioClip clip = piece.audio().orElseThrow();
        assertEquals(44_100, clip.sampleRate());
        assertEquals(5.12, clip.seconds(), 1e-6);
        assertTrue(piece.score().isEmpty());
        assertEquals("tiny-sd", piece.metadata().get("model"));
        assertTrue(progress.size() >= 10, "progress at every step: " + progress);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back: " + progress);
        }
    }

    @Test
    void everySchedulerAndTheLegacyExportRun() throws Exception {
        for (String scheduler : List.of("ddim", "euler", "dpm++")) {
            Piece piece = generatorWith("tiny-sd-legacy").generate(Specs.spec().build(),
                    context(Prompt.of("a drone"), Map.of("steps", "4", "scheduler", scheduler), new ArrayList<>()));
            assertEquals(scheduler, piece.metadata().get("scheduler"));
            assertTrue(rms(piece.audio().orElseThrow()) > 1e-3, scheduler + " makes sound");
        }
    }

    @Test
    void anInitClipStartsTheRunAndAModelWithoutEncoderSaysWhy() throws Exception {
        float[] tone = new float[44_100 * 5];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 220 * i / 44_100.0));
        }
        Attachment wav = new Attachment(Attachment.Kind.INIT_AUDIO, "audio/wav", "tone.wav", wav(tone));
        Prompt withInit = Prompt.builder().text("a drone").attach(wav).initStrength(0.5).build();
        Piece fromClip = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(withInit, Map.of("steps", "10"), new ArrayList<>()));
        Piece fromNoise = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(Prompt.of("a drone"), Map.of("steps", "10"), new ArrayList<>()));
        assertEquals("0.5", fromClip.metadata().get("strength"));
        assertFalse(java.util.Arrays.equals(fromClip.audio().get().channel(0), fromNoise.audio().get().channel(0)));

        UnsatisfiableSpecException noEncoder = assertThrows(UnsatisfiableSpecException.class,
                () -> generatorWith("tiny-sd-no-encoder").generate(Specs.spec().build(),
                        context(withInit, Map.of("steps", "2"), new ArrayList<>())));
        assertEquals("model tiny-sd-no-encoder has no vae_encoder, so it cannot start from tone.wav", noEncoder.getMessage());
    }

    @Test
    void badOptionsAndMissingModelsAreNamed() {
        assertEquals("steps must be a number from 1 to 500, got 'many'", assertThrows(UnsatisfiableSpecException.class,
                () -> generatorWith("tiny-sd").generate(Specs.spec().build(),
                        context(Prompt.of("x"), Map.of("steps", "many"), new ArrayList<>()))).getMessage());
        assertEquals("scheduler 'pndm' is not one of dpm++, euler, ddim", assertThrows(UnsatisfiableSpecException.class,
                () -> generatorWith("tiny-sd").generate(Specs.spec().build(),
                        context(Prompt.of("x"), Map.of("scheduler", "pndm"), new ArrayList<>()))).getMessage());
        assertEquals("no Stable Diffusion model named 'riffusion'; installed: tiny-sd, tiny-sd-legacy",
                assertThrows(UnsatisfiableSpecException.class, () -> generatorWith("tiny-sd", "tiny-sd-legacy")
                        .generate(Specs.spec().build(), context(Prompt.of("x"), Map.of("model", "riffusion"),
                                new ArrayList<>()))).getMessage());
        assertTrue(assertThrows(UnsatisfiableSpecException.class, () -> generatorWith().generate(Specs.spec().build(),
                context(Prompt.of("x"), Map.of(), new ArrayList<>()))).getMessage().startsWith("no Stable Diffusion model is installed"));
    }

    @Test
    void theSameSeedGivesTheSameSamples() throws Exception {
        Piece a = generatorWith("tiny-sd").generate(Specs.spec().build(), context(Prompt.of("x"), Map.of("steps", "3"), new ArrayList<>()));
        Piece b = generatorWith("tiny-sd").generate(Specs.spec().build(), context(Prompt.of("x"), Map.of("steps", "3"), new ArrayList<>()));
        assertArrayEquals(a.audio().get().channel(0), b.audio().get().channel(0));
    }

    @Test
    void interpolationWalksFromOneClipToTheNext() throws Exception {
        Piece start = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(Prompt.of("a drone"), Map.of("steps", "3"), new ArrayList<>()));
        Piece end = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(Prompt.of("a drone"), Map.of("steps", "3", "to_seed", "99", "to_prompt", "bright bells", "alpha", "1"),
                        new ArrayList<>()));
        Piece middle = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(Prompt.of("a drone"), Map.of("steps", "3", "to_seed", "99", "to_prompt", "bright bells", "alpha", "0.5"),
                        new ArrayList<>()));
        assertFalse(java.util.Arrays.equals(start.audio().get().channel(0), end.audio().get().channel(0)));
        assertFalse(java.util.Arrays.equals(middle.audio().get().channel(0), end.audio().get().channel(0)));
        assertEquals("0.5", middle.metadata().get("alpha"));
    }

    @Test
    void slerpKeepsNoiseAtTheLengthOfNoise() {
        float[] a = DiffusionPipeline.gaussian(16_384, 1);
        float[] b = DiffusionPipeline.gaussian(16_384, 2);
        float[] mid = DiffusionPipeline.slerp(a, b, 0.5);
        assertEquals(norm(a), norm(mid), norm(a) * 0.02, "a point halfway is as long as a sample");
        assertArrayEquals(a, DiffusionPipeline.slerp(a, b, 0), 1e-5f);
        assertArrayEquals(b, DiffusionPipeline.slerp(a, b, 1), 1e-4f);
    }

    private static double norm(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    @Test
    void aLongerPieceIsMetExactlyByContinuedWindows() throws Exception {
        org.riffwire.api.spec.MusicSpec forty = Specs.spec().with(SpecField.LENGTH, org.riffwire.api.spec.Length.ofSeconds(12))
                .build();
        Piece piece = generatorWith("tiny-sd").generate(forty, context(Prompt.of("a drone"), Map.of("steps", "3"), new ArrayList<>()));
        assertEquals(12.0, piece.audio().get().seconds(), 1e-4);
        assertEquals("3", piece.metadata().get("windows"));
    }

    @Test
    void aLoopsSeamIsNoLouderThanTheRest() throws Exception {
        Piece piece = generatorWith("tiny-sd").generate(Specs.spec().build(),
                context(Prompt.of("a drone"), Map.of("steps", "3", "loop", "yes"), new ArrayList<>()));
        assertEquals(5.12, piece.audio().get().seconds(), 1e-4);
        LoopSeam.assertSeamless(piece.audio().get().channel(0), piece.audio().get().sampleRate());
    }

    private static double rms(AudioClip clip) {
        return LoopSeam.rms(clip.channel(0));
    }

    private static byte[] wav(float[] samples) throws Exception {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            short v = (short) Math.round(samples[i] * 32767);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioFormat format = new AudioFormat(44_100, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new java.io.ByteArrayInputStream(pcm), format, samples.length),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }
}
