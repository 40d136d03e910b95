// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.testing.ClasspathModel;
import org.riffwire.testkit.Specs;

/** The model path of the symbolic generator, with the shipped model: every hard constraint true by construction. */
class LearnedMelodyTest {
    private final SymbolicGenerator generator = new SymbolicGenerator();

    /** The shipped model, from the model-melody bundle on the test classpath. */
    static final ClasspathModel MELODY = new ClasspathModel(new ModelDescriptor("riffwire-melody", "test", "melody",
            "test classpath", List.of("input_ids", "past_keys", "past_values"),
            List.of("logits", "present_keys", "present_values"), "GPL-3.0-or-later",
            Map.of("vocabulary", "models/riffwire-melody.vocabulary.json")), "models/riffwire-melody.onnx");

    LearnedMelodyTest() {
        generator.bindMelodyModel(MELODY);
    }

    private Piece generate(MusicSpec spec, long seed, Map<String, String> options) throws UnsatisfiableSpecException {
        return generator.generate(spec, Specs.context(seed, false, Prompt.of("a tune"), List.of(), options));
    }

    private static Track melody(Score score) {
        return score.tracks().stream().filter(t -> t.role() == TrackRole.MELODY).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aJigFromTheModelFillsEveryBarStaysInTheKeyAndEndsOnTheTonic(long seed) throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.GENRE, "jig").with(SpecField.METER, new Meter(6, 8))
                .with(SpecField.TONIC, 2).with(SpecField.MODE, Mode.MAJOR).with(SpecField.LENGTH, Length.ofBars(16)).build();
        Piece piece = generate(spec, seed, Map.of());
        assertTrue(piece.metadata().get("melody").startsWith("model riffwire-melody"), piece.metadata().toString());
        Score score = piece.score().orElseThrow();
        Track tune = melody(score);
        Set<Integer> dMajor = Set.of(2, 4, 6, 7, 9, 11, 1);
        long barTicks = new Meter(6, 8).barTicks(Score.PPQ);
        for (Note n : tune.notes()) {
            assertTrue(dMajor.contains(n.pitchClass()), "pitch class " + n.pitchClass());
            assertTrue(n.startTick() / barTicks == (n.endTick() - 1) / barTicks, "a note crosses a bar line at " + n.startTick());
        }
        assertEquals(16 * barTicks, score.lengthTicks());
        Note last = tune.notes().get(tune.notes().size() - 1);
        assertEquals(2, last.pitchClass(), "ends on the tonic");
        assertEquals(score.lengthTicks(), last.endTick());
        assertEquals(piece.score(), generate(spec, seed, Map.of()).score(), "seeded");
    }

    /** 80 bars of a reel are more tokens than the model's context: it starts again on its latest bars and goes on. */
    @Test
    void aTuneLongerThanTheModelsContextGoesOnToItsLastBar() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.GENRE, "reel").with(SpecField.METER, new Meter(4, 4))
                .with(SpecField.TONIC, 7).with(SpecField.MODE, Mode.MAJOR).with(SpecField.LENGTH, Length.ofBars(80)).build();
        Piece piece = generate(spec, 3, Map.of("melody", "model"));
        assertTrue(piece.metadata().get("melody").startsWith("model riffwire-melody"), piece.metadata().toString());
        Track tune = melody(piece.score().orElseThrow());
        long barTicks = new Meter(4, 4).barTicks(Score.PPQ);
        assertTrue(tune.notes().stream().anyMatch(n -> n.startTick() >= 79 * barTicks), "the last bar has notes");
        assertTrue(tune.notes().size() > 80 * 4, tune.notes().size() + " notes");
        assertEquals(7, tune.notes().get(tune.notes().size() - 1).pitchClass());
    }

    @Test
    void aPitchSetAndAnInstrumentRangeHoldInEveryNote() throws Exception {
        Set<Integer> allowed = Set.of(9, 11, 1, 6, 7);
        MusicSpec spec = Specs.spec().with(SpecField.GENRE, "reel").with(SpecField.PITCH_SET, PitchSet.of(allowed))
                .with(SpecField.LENGTH, Length.ofSeconds(20)).build();
        Piece piece = generate(spec, 9, Map.of());
        assertEquals("model riffwire-melody", piece.metadata().get("melody"));
        Score score = piece.score().orElseThrow();
        for (Track t : score.tracks()) {
            for (Note n : t.notes()) {
                assertTrue(allowed.contains(n.pitchClass()), t.name() + " plays " + n.pitchClass());
            }
        }
        assertEquals(20.0, score.lengthSeconds(), 0.01);
    }

    @Test
    void theOptionChoosesAndTheRulesKeepWhatTheModelHasNotLearned() throws Exception {
        MusicSpec rock = Specs.spec().with(SpecField.GENRE, "rock").build();
        assertEquals("rules (not a folk form)", generate(rock, 1, Map.of()).metadata().get("melody"));
        assertTrue(generate(rock, 1, Map.of("melody", "model")).metadata().get("melody").startsWith("model riffwire-melody"));
        MusicSpec jig = Specs.spec().with(SpecField.GENRE, "jig").build();
        assertEquals("rules (asked for)", generate(jig, 1, Map.of("melody", "rules")).metadata().get("melody"));
        MusicSpec fiveFour = Specs.spec().with(SpecField.GENRE, "folk").with(SpecField.METER, new Meter(5, 4)).build();
        assertEquals("rules (the model has learned no 5/4)", generate(fiveFour, 1, Map.of()).metadata().get("melody"));
        assertTrue(assertThrows(UnsatisfiableSpecException.class, () -> generate(fiveFour, 1, Map.of("melody", "model")))
                .getMessage().contains("no 5/4"));
        assertThrows(UnsatisfiableSpecException.class, () -> generate(jig, 1, Map.of("melody", "sometimes")));
        SymbolicGenerator without = new SymbolicGenerator();
        assertTrue(without.status().contains("no melody model installed"), without.status());
        assertEquals("rules (no melody model is installed)",
                without.generate(jig, Specs.context(1, false)).metadata().get("melody"));

        ClasspathModel broken = new ClasspathModel(new ModelDescriptor("broken-melody", "test", "melody", "test classpath",
                List.of(), List.of(), "", Map.of("vocabulary", "models/no-such-vocabulary.json")), "models/riffwire-melody.onnx");
        SymbolicGenerator withBroken = new SymbolicGenerator();
        withBroken.bindMelodyModel(broken);
        assertTrue(withBroken.status().startsWith("melody: rules only (model broken-melody cannot be used: no "), withBroken.status());
        assertTrue(withBroken.generate(jig, Specs.context(1, false)).metadata().get("melody").startsWith("rules ("));
        withBroken.unbindMelodyModel(broken);
        assertTrue(withBroken.status().contains("no melody model installed"));
    }
}
