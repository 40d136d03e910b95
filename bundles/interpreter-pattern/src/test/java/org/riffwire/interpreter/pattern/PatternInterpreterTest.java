// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.CycleEvent;
import org.riffwire.api.spec.PatternPart;
import org.riffwire.api.spec.Patterns;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.SpecValue;

class PatternInterpreterTest {
    private final PatternInterpreter interpreter = new PatternInterpreter();

    private Patterns patterns(String prompt) throws InvalidPromptException {
        SpecPatch patch = interpreter.interpret(Prompt.of(prompt));
        return patch.values().stream().filter(v -> v.field() == SpecField.PATTERNS).map(v -> (Patterns) v.value())
                .findFirst().orElseThrow(() -> new AssertionError("no patterns in " + prompt));
    }

    private static String notes(PatternPart part, long cycle) {
        return part.pattern().notesStartingIn(cycle).stream()
                .map(e -> e.note() + "@" + e.beginNumerator() + "/" + e.beginDenominator() + "+" + e.lengthNumerator()
                        + "/" + e.lengthDenominator())
                .collect(Collectors.joining(" "));
    }

    @Test
    void aBacktickPatternIsPlayedByTheInstrumentBeforeIt() throws Exception {
        Patterns p = patterns("a piano plays `c3 [e3 g3]*2` at 120 bpm");
        assertEquals(1, p.parts().size());
        PatternPart piano = p.parts().get(0);
        assertEquals(0, piano.instrument().program());
        assertEquals("48@0/1+1/2 52@1/2+1/8 55@5/8+1/8 52@3/4+1/8 55@7/8+1/8", notes(piano, 0));
        assertTrue(p.added().isEmpty());
    }

    @Test
    void severalPartsEachAfterItsInstrument() throws Exception {
        Patterns p = patterns("bass: `c2 ~ c2 g1`, drums: `bd*2 [~ sd]`, and a flute plays `<c5 e5>`");
        assertEquals(3, p.parts().size());
        assertEquals(33, p.parts().get(0).instrument().program());
        assertEquals("36@0/1+1/4 36@1/2+1/4 31@3/4+1/4", notes(p.parts().get(0), 0));
        assertTrue(p.parts().get(1).drums());
        assertEquals("36@0/1+1/4 36@1/4+1/4 38@3/4+1/4", notes(p.parts().get(1), 0));
        assertEquals(73, p.parts().get(2).instrument().program());
        assertEquals("72@0/1+1/1", notes(p.parts().get(2), 0));
        assertEquals("76@0/1+1/1", notes(p.parts().get(2), 1));
    }

    @Test
    void strudelsOwnFormWithScaleAndSound() throws Exception {
        Patterns p = patterns("note(\"c4 e4 g4\").s(\"gm_acoustic_bass\") with n(\"0 2 <4 -1>\").scale(\"A:minor\").s(\"piano\") and s(\"bd(3,8)\")");
        assertEquals(3, p.parts().size());
        assertEquals(32, p.parts().get(0).instrument().program());
        assertEquals("60@0/1+1/3 64@1/3+1/3 67@2/3+1/3", notes(p.parts().get(0), 0));
        assertEquals("57@0/1+1/3 60@1/3+1/3 64@2/3+1/3", notes(p.parts().get(1), 0), "A3 C4 E4: degrees of A minor");
        assertEquals("57@0/1+1/3 60@1/3+1/3 55@2/3+1/3", notes(p.parts().get(1), 1), "degree -1 is G3");
        assertTrue(p.parts().get(2).drums());
        assertEquals("36@0/1+1/8 36@3/8+1/8 36@3/4+1/8", notes(p.parts().get(2), 0));
    }

    @Test
    void drumWordsAloneMakeADrumPart() throws Exception {
        PatternPart part = patterns("`bd*2 [~ sd] hh*4`").parts().get(0);
        assertTrue(part.drums());
        assertEquals(42, part.pattern().notesStartingIn(0).get(part.pattern().notesStartingIn(0).size() - 1).note());
    }

    @Test
    void setcpsSetsTheTempoForTheMeter() throws Exception {
        SpecPatch patch = interpreter.interpret(Prompt.of("setcps(0.5) a piano plays `c3 e3 g3` in 3/4"));
        SpecValue<?> tempo = patch.values().stream().filter(v -> v.field() == SpecField.TEMPO).findFirst().orElseThrow();
        assertEquals(90.0, (Double) tempo.value(), 1e-9, "half a cycle per second, a cycle a 3/4 bar");
        assertEquals(org.riffwire.api.spec.Strength.EXPLICIT, tempo.strength());
        SpecPatch cpm = interpreter.interpret(Prompt.of("setcpm(30) `c3 e3`"));
        assertEquals(120.0, (Double) cpm.values().stream().filter(v -> v.field() == SpecField.TEMPO).findFirst()
                .orElseThrow().value(), 1e-9);
        SpecPatch none = interpreter.interpret(Prompt.of("a piano plays `c3 e3`"));
        assertEquals(org.riffwire.api.spec.Strength.INFERRED, none.values().stream().filter(v -> v.field() == SpecField.TEMPO)
                .findFirst().orElseThrow().strength(), "Strudel's default speed is only an inference");
    }

    @Test
    void addedPartsAreOnlyThoseAskedFor() throws Exception {
        assertEquals(Set.of(TrackRole.BASS, TrackRole.HARMONY), patterns("a piano plays `c4 e4 g4 e4`; add a bass line and chords").added());
        assertEquals(Set.of(TrackRole.DRUMS), patterns("a piano plays `c4 e4` with drums").added());
        assertEquals(Set.of(), patterns("drums: `bd sd`, add drums").added(), "a drum pattern already plays the drums");
        assertEquals(Set.of(), patterns("a piano plays `c4 e4` in D major").added());
    }

    @Test
    void wordsThatAreNotPatternsAreLeftAlone() throws Exception {
        assertTrue(interpreter.interpret(Prompt.of("a song about the `cafe` downstairs")).isEmpty());
        assertTrue(interpreter.interpret(Prompt.of("a folk song in D major")).isEmpty());
        assertTrue(interpreter.interpret(Prompt.of("a reel `X:1\nK:D\nDEFG|`")).isEmpty(), "ABC belongs to the notes interpreter");
    }

    @Test
    void malformedPatternsAreRefusedAtTheCharacter() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> interpreter.interpret(Prompt.of("a piano plays `c3 [e3 g3`")));
        assertEquals("pattern `c3 [e3 g3`: unbalanced '[' at 4 (character 19 of the prompt)", e.getMessage());
        InvalidPromptException word = assertThrows(InvalidPromptException.class,
                () -> interpreter.interpret(Prompt.of("a piano plays `c3 bd e3`")));
        assertTrue(word.getMessage().contains("'bd' at 4 is a drum sound"), word.getMessage());
        InvalidPromptException drum = assertThrows(InvalidPromptException.class,
                () -> interpreter.interpret(Prompt.of("drums: `bd zz sd`")));
        assertTrue(drum.getMessage().contains("'zz' at 4 is not a drum sound"), drum.getMessage());
        InvalidPromptException scale = assertThrows(InvalidPromptException.class,
                () -> interpreter.interpret(Prompt.of("n(\"0 2\").scale(\"C:klingon\")")));
        assertTrue(scale.getMessage().contains("'klingon' is not a scale"), scale.getMessage());
    }

    @Test
    void cycleEventsAreExactFractions() throws Exception {
        CycleEvent e = patterns("`c3*5`").parts().get(0).pattern().notesStartingIn(0).get(3);
        assertEquals(List.of(3L, 5L, 1L, 5L), List.of(e.beginNumerator(), e.beginDenominator(), e.lengthNumerator(), e.lengthDenominator()));
        assertEquals(2304, e.beginTicks(3840));
    }
}
