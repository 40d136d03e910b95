// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.SpecValue;
import org.riffwire.api.spec.Strength;

class NoteInterpreterTest {
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @Test
    void pitchSetFromANoteList() throws Exception {
        SpecPatch patch = read("a gentle folk song that only uses A, B, C#, F#, and G, at 100 bpm");
        assertEquals(pcs(9, 11, 1, 6, 7), only(patch, SpecField.PITCH_SET).value());
        assertEquals(List.of("only uses A, B, C#, F#, and G"), only(patch, SpecField.PITCH_SET).provenance().words());
        assertEquals(1, patch.values().size());
    }

    @Test
    void everyValueNamesThisInterpreterAndOnlyTheScaleKeyIsInferred() throws Exception {
        SpecPatch patch = read("pentatonic in A minor, starting with A C E");
        assertEquals("notes", patch.interpreter());
        for (SpecValue<?> v : patch.values()) {
            boolean key = v.field() == SpecField.TONIC || v.field() == SpecField.MODE;
            assertEquals(key ? Strength.INFERRED : Strength.EXPLICIT, v.strength(), v.toString());
            assertEquals("notes", v.provenance().interpreter());
        }
    }

    @Test
    void minorPentatonicStatesTonicAndMode() throws Exception {
        SpecPatch patch = read("pentatonic in A minor");
        assertEquals(pcs(9, 0, 2, 4, 7), only(patch, SpecField.PITCH_SET).value());
        assertEquals(9, only(patch, SpecField.TONIC).value());
        assertEquals(Mode.MINOR, only(patch, SpecField.MODE).value());
        assertEquals(List.of("pentatonic in A minor"), only(patch, SpecField.TONIC).provenance().words());
    }

    @Test
    void melodyScopedPitchSet() throws Exception {
        SpecPatch patch = read("the melody only uses E G B D");
        assertEquals(pcs(4, 7, 11, 2), only(patch, SpecField.MELODY_PITCH_SET).value());
        assertTrue(values(patch, SpecField.PITCH_SET).isEmpty());
    }

    @Test
    void aMelodyThatIsTheWholePieceLimitsEveryPart() throws Exception {
        SpecPatch patch = read("a flute melody that only uses A, B, C#, F#, and G");
        assertEquals(pcs(9, 11, 1, 6, 7), only(patch, SpecField.PITCH_SET).value());
        assertTrue(values(patch, SpecField.MELODY_PITCH_SET).isEmpty());
    }

    @Test
    void aMelodyContrastedWithOtherPartsIsScoped() throws Exception {
        SpecPatch patch = read("a melody limited to C, D and E while the chords move freely");
        assertEquals(pcs(0, 2, 4), only(patch, SpecField.MELODY_PITCH_SET).value());
    }

    @Test
    void noteSequenceOfPitchClasses() throws Exception {
        SpecPatch patch = read("play the notes C D E F G A B C");
        NoteSequence seq = only(patch, SpecField.OPENING).value();
        assertEquals(8, seq.notes().size());
        assertEquals(List.of(0, 2, 4, 5, 7, 9, 11, 0), seq.notes().stream().map(n -> n.pitches().get(0)).toList());
        assertTrue(seq.notes().stream().noneMatch(ExplicitNote::octaveGiven));
        assertTrue(seq.notes().stream().allMatch(n -> n.durationTicks() == 0));
        assertTrue(values(patch, SpecField.PITCH_SET).isEmpty(), "a sequence is not also a pitch set");
    }

    @Test
    void noteSequenceWithOctaves() throws Exception {
        NoteSequence seq = only(read("starts with A4 B4 C#5"), SpecField.OPENING).value();
        assertEquals(List.of(69, 71, 73), seq.notes().stream().map(n -> n.pitches().get(0)).toList());
        assertTrue(seq.notes().stream().allMatch(ExplicitNote::octaveGiven));
    }

    @Test
    void inlineAbcTune() throws Exception {
        SpecPatch patch = read("a jig like X:1 T:Tune M:6/8 L:1/8 Q:3/8=100 K:D |:dAF dAF|\"G\"B2c d3:|");
        NoteSequence melody = only(patch, SpecField.OPENING).value();
        assertEquals(18, melody.notes().size());
        assertEquals(List.of(74), melody.notes().get(0).pitches());
        assertTrue(melody.notes().get(0).octaveGiven());
        assertEquals(480, melody.notes().get(0).durationTicks());
        assertEquals("G", melody.notes().get(6).chordSymbol());
        assertEquals(2, only(patch, SpecField.TONIC).value());
        assertEquals(Mode.MAJOR, only(patch, SpecField.MODE).value());
        assertEquals(List.of("K:D"), only(patch, SpecField.TONIC).provenance().words());
        assertEquals(new Meter(6, 8), only(patch, SpecField.METER).value());
        assertEquals(List.of("M:6/8"), only(patch, SpecField.METER).provenance().words());
        assertEquals(150.0, only(patch, SpecField.TEMPO).value(), 1e-9);
        assertEquals("Tune", only(patch, SpecField.TITLE).value());
    }

    @Test
    void abcOnSeparateLines() throws Exception {
        SpecPatch patch = read("Play this:\nX:1\nT:Lines\nM:3/4\nL:1/4\nK:Ador\n\"Am\"A B c|e2 z|]\n");
        NoteSequence melody = only(patch, SpecField.OPENING).value();
        assertEquals(5, melody.notes().size());
        assertTrue(melody.notes().get(4).isRest());
        assertEquals("Am", melody.notes().get(0).chordSymbol());
        assertEquals(Mode.DORIAN, only(patch, SpecField.MODE).value());
        assertEquals(9, only(patch, SpecField.TONIC).value());
    }

    @Test
    void fencedAbc() throws Exception {
        SpecPatch patch = read("Here is my tune:\n```abc\nX:1\nT:Fenced\nM:2/4\nK:G\nGABc|d2d2|]\n```\nmake it only use "
                + "G, A, B, C and D");
        assertEquals(6, only(patch, SpecField.OPENING).value().notes().size());
        assertEquals(pcs(7, 9, 11, 0, 2), only(patch, SpecField.PITCH_SET).value());
        assertEquals(new Meter(2, 4), only(patch, SpecField.METER).value());
    }

    @Test
    void abcFragmentAfterALabel() throws Exception {
        SpecPatch patch = read("abc: |: GABc dedB :|");
        NoteSequence melody = only(patch, SpecField.OPENING).value();
        assertEquals(16, melody.notes().size());
        assertEquals(List.of(67), melody.notes().get(0).pitches());
        assertTrue(values(patch, SpecField.TONIC).isEmpty(), "a fragment states no key");
    }

    @Test
    void abcInBackticks() throws Exception {
        NoteSequence melody = only(read("open with `CDEF GABc` please"), SpecField.OPENING).value();
        assertEquals(List.of(60), melody.notes().get(0).pitches());
        assertEquals(8, melody.notes().size());
    }

    @Test
    void aQuotedWordIsNotAbc() throws Exception {
        assertTrue(read("a piano song called `cafe` in G").isEmpty());
    }

    @Test
    void abcInBackticksWithLengths() throws Exception {
        NoteSequence melody = only(read("open with `C2DE F2GA` please"), SpecField.OPENING).value();
        assertEquals(960, melody.notes().get(0).durationTicks());
        assertEquals(6, melody.notes().size());
    }

    @Test
    void aLabelBeforeProseIsNoError() throws Exception {
        assertTrue(read("remember your ABC: a simple nursery tune").isEmpty());
    }

    @Test
    void headerFieldWordsKeepTheirSpacing() throws Exception {
        SpecPatch patch = read("X:1\nT: Spaced\nM: 3/4\nQ: 1/4=90\nK: Dm\nDEF|");
        assertEquals(List.of("K: Dm"), only(patch, SpecField.TONIC).provenance().words());
        assertEquals(List.of("M: 3/4"), only(patch, SpecField.METER).provenance().words());
        assertEquals(List.of("Q: 1/4=90"), only(patch, SpecField.TEMPO).provenance().words());
        assertEquals(List.of("T: Spaced"), only(patch, SpecField.TITLE).provenance().words());
    }

    @Test
    void brokenAbcNamesTheProblem() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> read("X:1\nT:Broken\nK:G\nGABc|[GBd e|"));
        assertTrue(e.getMessage().contains("unclosed chord '['"), e.getMessage());
        assertTrue(e.getMessage().contains("bar 2"), e.getMessage());
    }

    @Test
    void abcWithoutKeyIsInvalid() {
        InvalidPromptException e = assertThrows(InvalidPromptException.class, () -> read("X:1 T:Tune M:4/4 CDEF|"));
        assertTrue(e.getMessage().contains("K: field missing"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a calm piano piece in C major at 72 bpm", "an upbeat drum and bass track", "",
        "a song about a bee", "starts with a bang", "something limited to a few notes", "a pentatonic melody",
        "use the `notes` tool", "T: my title\nplease make it happy", "Q: what should I write?"})
    void promptsWithoutNoteContentGiveAnEmptyPatch(String text) throws Exception {
        assertTrue(read(text).isEmpty(), () -> "expected nothing for '" + text + "'");
    }

    @Test
    void patchMergesIntoASpec() throws Exception {
        MusicSpec spec = MusicSpec.merge(List.of(read("pentatonic in A minor, starting with A C E")));
        assertTrue(spec.isExplicit(SpecField.PITCH_SET));
        assertEquals(3, spec.get(SpecField.OPENING).orElseThrow().notes().size());
    }

    private SpecPatch read(String text) throws InvalidPromptException {
        return interpreter.interpret(Prompt.of(text));
    }

    static PitchSet pcs(Integer... pitchClasses) {
        return new PitchSet(new TreeSet<>(Set.of(pitchClasses)));
    }

    static List<SpecValue<?>> values(SpecPatch patch, SpecField<?> field) {
        return patch.values().stream().filter(v -> v.field() == field).toList();
    }

    @SuppressWarnings("unchecked")
    static <T> SpecValue<T> only(SpecPatch patch, SpecField<T> field) {
        List<SpecValue<?>> found = values(patch, field);
        assertEquals(1, found.size(), () -> "expected one " + field + " in " + patch.values());
        assertFalse(found.get(0).provenance().words().isEmpty());
        return (SpecValue<T>) found.get(0);
    }
}
