// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;

class MusicSpecMergeTest {

    @Test
    void explicitBeatsInferredBeatsDefault() throws Exception {
        SpecPatch keyword = SpecPatch.builder("keyword").inferred(SpecField.TEMPO, 150.0, "fast", 0.7).build();
        SpecPatch notes = SpecPatch.builder("notes").explicit(SpecField.TEMPO, 72.0, "at 72 bpm").build();
        SpecPatch defaults = SpecPatch.builder("runtime").add(SpecField.TEMPO, 100.0, Provenance.byDefault("runtime")).build();
        MusicSpec spec = MusicSpec.merge(List.of(keyword, notes, defaults));
        assertEquals(72.0, spec.tempo().orElseThrow());
        assertTrue(spec.isExplicit(SpecField.TEMPO));
        assertEquals(List.of("at 72 bpm"), spec.value(SpecField.TEMPO).orElseThrow().provenance().words());
    }

    @Test
    void moreConfidentGuessWinsAndTiesGoToTheEarlierInterpreter() throws Exception {
        SpecPatch a = SpecPatch.builder("a").inferred(SpecField.MODE, Mode.MINOR, "sad", 0.6).build();
        SpecPatch b = SpecPatch.builder("b").inferred(SpecField.MODE, Mode.MAJOR, "sunny", 0.8).build();
        assertEquals(Mode.MAJOR, MusicSpec.merge(List.of(a, b)).get(SpecField.MODE).orElseThrow());
        SpecPatch c = SpecPatch.builder("c").inferred(SpecField.MODE, Mode.MAJOR, "bright", 0.6).build();
        assertEquals(Mode.MINOR, MusicSpec.merge(List.of(a, c)).get(SpecField.MODE).orElseThrow());
    }

    @Test
    void twoDifferentExplicitValuesAreAContradictionNamingBoth() {
        SpecPatch p = SpecPatch.builder("keyword").explicit(SpecField.TEMPO, 72.0, "at 72 bpm")
                .explicit(SpecField.TEMPO, 140.0, "at 140 bpm").build();
        SpecConflictException e = assertThrows(SpecConflictException.class, () -> MusicSpec.merge(List.of(p)));
        assertTrue(e.getMessage().contains("at 72 bpm") && e.getMessage().contains("at 140 bpm"), e.getMessage());
        assertEquals(1, e.conflicts().size());
    }

    @Test
    void equalExplicitValuesAgree() throws Exception {
        SpecPatch keyword = SpecPatch.builder("keyword").explicit(SpecField.TONIC, 9, "in A minor").build();
        SpecPatch notes = SpecPatch.builder("notes").explicit(SpecField.TONIC, 9, "pentatonic in A minor").build();
        assertEquals(9, MusicSpec.merge(List.of(keyword, notes)).get(SpecField.TONIC).orElseThrow());
    }

    @Test
    void explicitTonicOutsideExplicitPitchSetIsAContradiction() {
        SpecPatch keyword = SpecPatch.builder("keyword").explicit(SpecField.TONIC, 0, "in C major").build();
        SpecPatch notes = SpecPatch.builder("notes")
                .explicit(SpecField.PITCH_SET, PitchSet.of(List.of(6, 8)), "only uses F# and G#").build();
        SpecConflictException e = assertThrows(SpecConflictException.class, () -> MusicSpec.merge(List.of(keyword, notes)));
        assertTrue(e.getMessage().contains("in C major") && e.getMessage().contains("only uses F# and G#"), e.getMessage());
    }

    @Test
    void aTonicOutsideTheSetStandsWhenTheSetHoldsTheRestOfItsTriad() throws Exception {
        SpecPatch keyword = SpecPatch.builder("keyword").explicit(SpecField.TONIC, 2, "in D major")
                .explicit(SpecField.MODE, Mode.MAJOR, "in D major").build();
        SpecPatch notes = SpecPatch.builder("notes")
                .explicit(SpecField.PITCH_SET, PitchSet.of(List.of(9, 11, 1, 6, 7)), "only A B C# F# G").build();
        MusicSpec spec = MusicSpec.merge(List.of(keyword, notes));
        assertEquals(2, spec.get(SpecField.TONIC).orElseThrow());
        // Without F# the D major triad has only A: no way to say D major.
        SpecPatch fewer = SpecPatch.builder("notes")
                .explicit(SpecField.PITCH_SET, PitchSet.of(List.of(9, 11, 1, 7)), "only A B C# G").build();
        SpecConflictException e = assertThrows(SpecConflictException.class, () -> MusicSpec.merge(List.of(keyword, fewer)));
        assertTrue(e.getMessage().contains("cannot sound D major"), e.getMessage());
    }

    @Test
    void guessedTonicYieldsToAnExplicitPitchSet() throws Exception {
        SpecPatch defaults = SpecPatch.builder("runtime").add(SpecField.TONIC, 0, Provenance.byDefault("runtime")).build();
        SpecPatch notes = SpecPatch.builder("notes")
                .explicit(SpecField.PITCH_SET, PitchSet.of(List.of(9, 11, 1, 6, 7)), "only uses A, B, C#, F#, and G").build();
        MusicSpec spec = MusicSpec.merge(List.of(notes, defaults));
        assertFalse(spec.get(SpecField.TONIC).isPresent());
    }

    @Test
    void openingNotesOutsideThePitchSetAreAContradiction() {
        NoteSequence opening = new NoteSequence(List.of(new ExplicitNote(List.of(0), false, 0, null),
                new ExplicitNote(List.of(1), false, 0, null)));
        SpecPatch notes = SpecPatch.builder("notes").explicit(SpecField.OPENING, opening, "play C C#")
                .explicit(SpecField.PITCH_SET, PitchSet.of(List.of(0, 2, 4)), "only C D E").build();
        SpecConflictException e = assertThrows(SpecConflictException.class, () -> MusicSpec.merge(List.of(notes)));
        assertTrue(e.getMessage().contains("C#"), e.getMessage());
    }

    @Test
    void keySignaturesFollowTheCircleOfFifths() {
        assertEquals(0, new Key(0, Mode.MAJOR).sharps());
        assertEquals(1, new Key(4, Mode.MINOR).sharps());
        assertEquals(-2, new Key(10, Mode.MAJOR).sharps());
        assertEquals(6, new Key(6, Mode.MAJOR).sharps());
        assertEquals(-5, new Key(1, Mode.MAJOR).sharps());
        assertEquals(4, new Key(1, Mode.MINOR).sharps());
        assertEquals(5, new Key(8, Mode.MINOR).sharps());
        assertEquals(0, new Key(2, Mode.DORIAN).sharps());
        assertEquals("Bb major", new Key(10, Mode.MAJOR).toString());
    }
}
