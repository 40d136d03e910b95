// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.analysis.ScoreConformance;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;

/**
 * The contract every generator keeps. Extend this class in your plug-in's tests, return your generator and the
 * hard constraints it supports, and JUnit runs the suite: every supported constraint honoured on a range of
 * specs, stated instruments and opening notes among them (a score checked with {@link ScoreConformance}, the
 * runtime's own definition; audio checked for its
 * length and sanity, the rest is heard by the runtime's verifier), the same piece for the same seed, what the
 * generator declares it produces, cancellation respected, and unsupported constraints refused with a clear
 * {@link UnsatisfiableSpecException}.
 */
public abstract class GeneratorConformance {

    /** A fresh instance of the generator under test. */
    protected abstract Generator generator();

    /** The fields this generator honours when a prompt states them (the others it must refuse). */
    protected abstract Set<SpecField<?>> supportedConstraints();

    /**
     * The fields the generator steers towards without keeping exactly (its {@code @Honours(approximate = …)}): a
     * stated value of one of these is neither checked nor expected to be refused. None unless overridden.
     */
    protected Set<SpecField<?>> approximateConstraints() {
        return Set.of();
    }

    /** What the generator declares with {@code @Produces}: {@link Produces#SCORE} unless overridden. */
    protected String produces() {
        return Produces.SCORE;
    }

    private static final List<MusicSpecCase> CASES = List.of(
            new MusicSpecCase(SpecField.TEMPO, 132.0),
            new MusicSpecCase(SpecField.METER, new Meter(3, 4)),
            new MusicSpecCase(SpecField.TONIC, 9),
            new MusicSpecCase(SpecField.MODE, Mode.MINOR),
            new MusicSpecCase(SpecField.LENGTH, Length.ofSeconds(12)),
            new MusicSpecCase(SpecField.LENGTH, Length.ofBars(8)),
            new MusicSpecCase(SpecField.PITCH_SET, PitchSet.of(List.of(2, 4, 6, 9, 11))),
            new MusicSpecCase(SpecField.DRUMS, true),
            new MusicSpecCase(SpecField.DRUMS, false),
            new MusicSpecCase(SpecField.INSTRUMENTS, new InstrumentList(List.of(new Instrument(73, "Flute", null),
                    new Instrument(42, "Cello", null)))),
            // A melody's first notes, with octaves and lengths: C5 and E5 a quarter each, then G5 a half.
            new MusicSpecCase(SpecField.OPENING, new NoteSequence(List.of(
                    new ExplicitNote(List.of(72), true, NoteSequence.PPQ, null),
                    new ExplicitNote(List.of(76), true, NoteSequence.PPQ, null),
                    new ExplicitNote(List.of(79), true, 2L * NoteSequence.PPQ, null)))));

    private record MusicSpecCase(SpecField<?> field, Object value) {
        @SuppressWarnings("unchecked")
        <T> MusicSpec spec() {
            return Specs.spec().with((SpecField<T>) field, (T) value).build();
        }
    }

    @Test
    void honoursEverySupportedConstraint() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (MusicSpecCase c : CASES) {
            if (!supportedConstraints().contains(c.field())) {
                continue;
            }
            MusicSpec spec = c.spec();
            Piece piece = generator().generate(spec, Specs.context(7, false));
            List<ConstraintCheck> checks = piece.score().isPresent() ? ScoreConformance.check(spec, piece.score().get())
                    : AudioConformance.check(spec, piece.audio().orElseThrow());
            for (ConstraintCheck check : checks) {
                checked++;
                if (check.hard() && !check.passed()) {
                    failures.add(c.field() + "=" + c.value() + ": " + check.constraint() + " expected " + check.expected()
                            + ", made " + check.measured());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 0 || supportedConstraints().isEmpty(), "no constraint was checked");
    }

    @Test
    void sameSeedSamePiece() throws Exception {
        MusicSpec spec = Specs.spec().build();
        Piece a = generator().generate(spec, Specs.context(42, false));
        Piece b = generator().generate(spec, Specs.context(42, false));
        assertEquals(a.score(), b.score(), "the same spec and seed give the same score");
        assertEquals(a.audio().isPresent(), b.audio().isPresent());
        if (a.audio().isPresent()) {
            AudioClip x = a.audio().get();
            AudioClip y = b.audio().get();
            assertEquals(x.channelCount(), y.channelCount(), "the same spec and seed give the same channels");
            for (int c = 0; c < x.channelCount(); c++) {
                assertArrayEquals(x.channel(c), y.channel(c), "the same spec and seed give the same samples");
            }
        }
    }

    @Test
    void producesWhatItDeclares() throws Exception {
        Piece piece = generator().generate(Specs.spec().build(), Specs.context(5, false));
        String declared = produces();
        if (declared.equals(Produces.SCORE) || declared.equals(Produces.BOTH)) {
            assertTrue(piece.score().isPresent(), "a generator that produces " + declared + " returns a score");
        }
        if (declared.equals(Produces.AUDIO) || declared.equals(Produces.BOTH)) {
            assertTrue(piece.audio().isPresent(), "a generator that produces " + declared + " returns audio");
            List<ConstraintCheck> sanity = AudioConformance.check(Specs.spec().build(), piece.audio().get());
            assertTrue(sanity.stream().allMatch(ConstraintCheck::passed), sanity.toString());
        }
    }

    @Test
    void respectsCancellation() {
        try {
            generator().generate(Specs.spec().build(), Specs.context(1, true));
            fail("a generator must stop when its context is cancelled (call context.checkCancelled() between steps)");
        } catch (CancellationException expected) {
            assertFalse(expected.getMessage() == null);
        } catch (UnsatisfiableSpecException e) {
            fail("cancellation is not an unsatisfiable spec: " + e.getMessage());
        }
    }

    @Test
    void refusesUnsupportedConstraintsClearly() {
        for (MusicSpecCase c : CASES) {
            if (supportedConstraints().contains(c.field()) || approximateConstraints().contains(c.field())) {
                continue;
            }
            UnsatisfiableSpecException e = assertThrows(UnsatisfiableSpecException.class,
                    () -> generator().generate(c.spec(), Specs.context(3, false)),
                    "a stated " + c.field() + " it cannot honour must be refused, not ignored");
            assertTrue(e.getMessage() != null && e.getMessage().length() > 10, "the refusal says why");
        }
    }

}
