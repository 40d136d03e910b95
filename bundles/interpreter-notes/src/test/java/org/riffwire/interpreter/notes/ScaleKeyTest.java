// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.only;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.pcs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Prompt;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

/**
 * A scale limits the notes firmly but only suggests a key: a key named elsewhere in the prompt wins. The keyword
 * interpreter's patch is stood in for by a patch with the key it would read.
 */
class ScaleKeyTest {
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @Test
    void theScaleIsExplicitAndItsKeyInferred() throws Exception {
        SpecPatch patch = read("a C major piece using the A minor pentatonic scale");
        assertEquals(Strength.EXPLICIT, only(patch, SpecField.PITCH_SET).strength());
        assertEquals(pcs(9, 0, 2, 4, 7), only(patch, SpecField.PITCH_SET).value());
        assertEquals(Strength.INFERRED, only(patch, SpecField.TONIC).strength());
        assertEquals(0.9, only(patch, SpecField.TONIC).provenance().confidence(), 1e-9);
        assertEquals(Strength.INFERRED, only(patch, SpecField.MODE).strength());
        assertEquals(List.of("A minor pentatonic scale"), only(patch, SpecField.MODE).provenance().words());
    }

    @Test
    void aKeyNamedElsewhereWinsOverTheScale() throws Exception {
        MusicSpec spec = MusicSpec.merge(List.of(key(0, Mode.MAJOR, "C major"),
                read("a C major piece using the A minor pentatonic scale")));
        assertEquals(0, spec.get(SpecField.TONIC).orElseThrow());
        assertEquals(Mode.MAJOR, spec.get(SpecField.MODE).orElseThrow());
        assertEquals(pcs(9, 0, 2, 4, 7), spec.get(SpecField.PITCH_SET).orElseThrow());
    }

    @Test
    void aMelodyScaleUnderAKey() throws Exception {
        MusicSpec spec = MusicSpec.merge(List.of(key(7, Mode.MAJOR, "in G"),
                read("in G, melody in the E minor pentatonic")));
        assertEquals(7, spec.get(SpecField.TONIC).orElseThrow());
        assertEquals(Mode.MAJOR, spec.get(SpecField.MODE).orElseThrow());
        assertEquals(pcs(4, 7, 9, 11, 2), spec.get(SpecField.PITCH_SET).orElseThrow());
    }

    @Test
    void withoutAKeyTheScaleGivesIt() throws Exception {
        MusicSpec spec = MusicSpec.merge(List.of(SpecPatch.empty("keywords"), read("a pentatonic in A minor solo")));
        assertEquals(9, spec.get(SpecField.TONIC).orElseThrow());
        assertEquals(Mode.MINOR, spec.get(SpecField.MODE).orElseThrow());
    }

    @Test
    void theOpeningMustStillFitTheScale() throws Exception {
        MusicSpec spec = MusicSpec.merge(List.of(read("the D dorian scale, starting with D F A")));
        assertEquals(2, spec.get(SpecField.TONIC).orElseThrow());
        assertEquals(Mode.DORIAN, spec.get(SpecField.MODE).orElseThrow());
        assertEquals(3, spec.get(SpecField.OPENING).orElseThrow().notes().size());
    }

    private SpecPatch read(String text) throws Exception {
        return interpreter.interpret(Prompt.of(text));
    }

    private static SpecPatch key(int tonic, Mode mode, String words) {
        return SpecPatch.builder("keywords").explicit(SpecField.TONIC, tonic, words)
                .explicit(SpecField.MODE, mode, words).build();
    }
}
