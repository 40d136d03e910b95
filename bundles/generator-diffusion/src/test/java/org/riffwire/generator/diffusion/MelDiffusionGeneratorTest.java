// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.onnx.api.OnnxModel;
import org.riffwire.testkit.GeneratorConformance;
import org.riffwire.testkit.Specs;

/** Text to sound with the shipped mel-flow model and the real MiniLM, run by ONNX Runtime. */
class MelDiffusionGeneratorTest extends GeneratorConformance {
    static OwnModel own(OnnxModel... flows) {
        OwnModel own = new OwnModel();
        inject(own, "models", flows);
        inject(own, "embedders", ShippedModels.MINILM);
        return own;
    }

    static MelDiffusionGenerator generator(OnnxModel... flows) {
        return new MelDiffusionGenerator(own(flows));
    }

    /** Binds models to a component's dynamic reference list, as DS would. */
    static void inject(Object component, String field, OnnxModel... models) {
        try {
            Field f = component.getClass().getDeclaredField(field);
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<OnnxModel> list = (List<OnnxModel>) f.get(component);
            list.addAll(List.of(models));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Generator generator() {
        return generator(ShippedModels.MEL_FLOW);
    }

    @Override
    protected Set<SpecField<?>> supportedConstraints() {
        return Set.of(SpecField.LENGTH);
    }

    @Override
    protected Set<SpecField<?>> approximateConstraints() {
        return Set.of(SpecField.TEMPO, SpecField.DRUMS, SpecField.INSTRUMENTS, SpecField.DYNAMICS, SpecField.METER,
                SpecField.TONIC, SpecField.MODE);
    }

    @Override
    protected String produces() {
        return Produces.AUDIO;
    }

    private static GenerationContext context(String prompt, Map<String, String> options) {
        return Specs.context(5, false, Prompt.of(prompt), List.of(), options);
    }

    private static AudioClip sound(MusicSpec spec, String prompt, Map<String, String> options) throws Exception {
        return generator(ShippedModels.MEL_FLOW).generate(spec, context(prompt, options)).audio().orElseThrow();
    }

    @Test
    void aPromptBecomesAFiveSecondClip() throws Exception {
        AudioClip clip = sound(Specs.spec().build(), "a dreamy synth arpeggio", Map.of("steps", "4"));
        assertEquals(5.12, clip.seconds(), 1e-4);
        assertTrue(LoopSeam.rms(clip.channel(0)) > 1e-3, "it makes sound");
    }

    @Test
    void fortySecondsAreFortySeconds() throws Exception {
        MusicSpec forty = Specs.spec().with(SpecField.LENGTH, Length.ofSeconds(40)).with(SpecField.TEMPO, 100.0).build();
        AudioClip clip = sound(forty, "slow piano, 40 seconds", Map.of("steps", "2"));
        assertEquals(40.0, clip.seconds(), 1e-3);
    }

    @Test
    void aLoopJoinsItsEndToItsStart() throws Exception {
        for (int seconds : new int[] {4, 12}) {
            MusicSpec spec = Specs.spec().with(SpecField.LENGTH, Length.ofSeconds(seconds)).with(SpecField.TEMPO, 96.0).build();
            AudioClip clip = sound(spec, "drum-heavy funk", Map.of("steps", "6", "loop", "yes"));
            assertEquals(seconds, clip.seconds(), 1e-3);
            LoopSeam.assertSeamless(clip.channel(0), clip.sampleRate());
        }
    }

    @Test
    void theSameSeedGivesTheSameSound() throws Exception {
        AudioClip a = sound(Specs.spec().build(), "dark cello", Map.of("steps", "3"));
        AudioClip b = sound(Specs.spec().build(), "dark cello", Map.of("steps", "3"));
        assertArrayEquals(a.channel(0), b.channel(0));
    }

    @Test
    void noteLevelConstraintsAndBadOptionsAreRefusedByName() {
        MusicSpec pitches = Specs.spec().with(SpecField.PITCH_SET, PitchSet.of(List.of(9, 11, 1, 6, 7))).build();
        UnsatisfiableSpecException notes = assertThrows(UnsatisfiableSpecException.class,
                () -> sound(pitches, "a folk song", Map.of()));
        assertTrue(notes.getMessage().contains("hybrid"), notes.getMessage());
        UnsatisfiableSpecException steps = assertThrows(UnsatisfiableSpecException.class,
                () -> sound(Specs.spec().build(), "x", Map.of("steps", "0")));
        assertTrue(steps.getMessage().contains("steps must be a number from 1 to 200"), steps.getMessage());
        UnsatisfiableSpecException model = assertThrows(UnsatisfiableSpecException.class,
                () -> sound(Specs.spec().build(), "x", Map.of("model", "nope")));
        assertTrue(model.getMessage().contains("installed: riffwire-mel-flow"), model.getMessage());
        UnsatisfiableSpecException none = assertThrows(UnsatisfiableSpecException.class,
                () -> generator(new OnnxModel[0]).generate(Specs.spec().build(), context("x", Map.of())));
        assertTrue(none.getMessage().contains("no mel-flow model is installed"), none.getMessage());
        OwnModel noText = new OwnModel();
        inject(noText, "models", ShippedModels.MEL_FLOW);
        UnsatisfiableSpecException text = assertThrows(UnsatisfiableSpecException.class,
                () -> new MelDiffusionGenerator(noText).generate(Specs.spec().build(), context("x", Map.of())));
        assertTrue(text.getMessage().contains("no sentence-embedding model"), text.getMessage());
    }

    /** The shipped model with another representation file, as a model trained by a changed script would come. */
    private static OnnxModel withRepresentation(String json) {
        return new OnnxModel() {
            @Override
            public org.riffwire.onnx.api.ModelDescriptor descriptor() {
                return ShippedModels.MEL_FLOW.descriptor();
            }

            @Override
            public List<String> parts() {
                return ShippedModels.MEL_FLOW.parts();
            }

            @Override
            public <T> T run(String part, org.riffwire.onnx.api.SessionCall<T> call) throws ai.onnxruntime.OrtException,
                    org.riffwire.onnx.api.ModelUnavailableException {
                return ShippedModels.MEL_FLOW.run(part, call);
            }

            @Override
            public java.io.InputStream resource(String name) {
                return new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public String status() {
                return "test";
            }
        };
    }

    @Test
    void aModelOfAnotherRepresentationIsRefusedByName() {
        String features22 = "{\"sr\": 22050, \"n_fft\": 1024, \"hop\": 256, \"mels\": 80, \"frames\": 448, "
                + "\"log_mid\": -4.0, \"log_span\": 7.0, \"embedding\": 384, \"features\": 22}";
        UnsatisfiableSpecException e = assertThrows(UnsatisfiableSpecException.class, () -> generator(withRepresentation(features22))
                .generate(Specs.spec().build(), context("x", Map.of())));
        assertEquals("model riffwire-mel-flow cannot be used: it was trained on 22 spec features; this runtime fills 21 "
                + "(MelFlowCondition)", e.getMessage());
    }

    @Test
    void aPieceDrawnFromAnInitClipKeepsItsLength() throws Exception {
        AudioClip source = sound(Specs.spec().build(), "bright flute", Map.of("steps", "2"));
        MelDiffusionGenerator g = generator(ShippedModels.MEL_FLOW);
        OwnModel own = own(ShippedModels.MEL_FLOW);
        AudioClip redrawn = own.sound(ShippedModels.MEL_FLOW, "dark cello", Specs.spec().build(), source.seconds(),
                own.initMel(ShippedModels.MEL_FLOW, source), new OwnModel.Settings(3, 3, 0.0, false), 1, context("x", Map.of()));
        assertEquals(source.seconds(), redrawn.seconds(), 1e-4);
        assertTrue(g.status().startsWith("models: riffwire-mel-flow"), g.status());
    }

    /** Any picture can start a draw: it is heard as a Riffusion spectrogram first, and the piece keeps the length asked. */
    @Test
    void aPictureCanBeTheInitOfADraw() throws Exception {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLACK, 0, 200, java.awt.Color.WHITE));
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "jpeg", jpeg);
        Prompt prompt = Prompt.builder().text("a soft pad").attach(new org.riffwire.api.Attachment(
                org.riffwire.api.Attachment.Kind.INIT_SPECTROGRAM, "image/jpeg", "gradient.jpg", jpeg.toByteArray()))
                .initStrength(0.5).build();
        var piece = generator(ShippedModels.MEL_FLOW).generate(Specs.spec().build(),
                Specs.context(5, false, prompt, List.of(), Map.of("steps", "3")));
        assertEquals(5.12, piece.audio().orElseThrow().seconds(), 1e-4);
        assertEquals("0.5", piece.metadata().get("strength"));
        Prompt cut = Prompt.builder().text("a soft pad").attach(new org.riffwire.api.Attachment(
                org.riffwire.api.Attachment.Kind.INIT_SPECTROGRAM, "image/jpeg", "cut.jpg",
                java.util.Arrays.copyOf(jpeg.toByteArray(), 200))).build();
        org.junit.jupiter.api.Assertions.assertThrows(org.riffwire.api.UnsatisfiableSpecException.class,
                () -> generator(ShippedModels.MEL_FLOW).generate(Specs.spec().build(), Specs.context(5, false, cut, List.of(), Map.of())));
    }
}
