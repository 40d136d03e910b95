// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.only;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.pcs;
import static org.riffwire.interpreter.notes.NoteInterpreterTest.values;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.interpreter.notes.PartScope.Part;

/** Which part a limit on the notes is for: the bass and the chords must not limit every part. */
class PartScopeTest {
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the bass uses only E and B|                                  ALL=0 MELODY=0 BASS=1",
        "a rock song where the bass line is limited to E, A and B|    BASS=1",
        "a funk groove, bassline restricted to E and G|               BASS=1",
        "a walking bass that sticks to E, G and A under the melody|   BASS=1",
        "the chords only use C, F and G|                              ALL=0",
        "a waltz whose harmony uses only C, F and G|                  ALL=0",
        "a drum and bass track using only A, C and E|                 ALL=1",
        "a song for piano, bass and drums, using only C D E|          ALL=1",
        "a bass-heavy track using only C, D and E|                    ALL=1",
        "a bass melody that only uses E G B D|                        MELODY=1",
        "a waltz with piano chords; the violin melody sticks to G A B| MELODY=1",
    })
    void parts(String text, String expected) throws Exception {
        SpecPatch patch = read(text);
        int all = 0;
        int melody = 0;
        int bass = 0;
        for (String pair : expected.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            int n = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "ALL" -> all = n;
                case "MELODY" -> melody = n;
                default -> bass = n;
            }
        }
        assertEquals(all, values(patch, SpecField.PITCH_SET).size(), () -> text + ": " + patch.values());
        assertEquals(melody, values(patch, SpecField.MELODY_PITCH_SET).size(), () -> text + ": " + patch.values());
        assertEquals(bass, values(patch, SpecField.BASS_PITCH_SET).size(), () -> text + ": " + patch.values());
    }

    @Test
    void theBassLimitHasItsNotesAndWords() throws Exception {
        SpecPatch patch = read("a slow blues; the bass uses only E and B");
        assertEquals(pcs(4, 11), only(patch, SpecField.BASS_PITCH_SET).value());
        assertEquals(List.of("uses only E and B"), only(patch, SpecField.BASS_PITCH_SET).provenance().words());
    }

    @Test
    void aBassScaleLimitsTheBassAndSuggestsNoKey() throws Exception {
        SpecPatch patch = read("the bass uses the E minor pentatonic scale");
        assertEquals(pcs(4, 7, 9, 11, 2), only(patch, SpecField.BASS_PITCH_SET).value());
        assertEquals(List.of(), values(patch, SpecField.TONIC));
        assertEquals(List.of(), values(patch, SpecField.PITCH_SET));
    }

    @Test
    void aChordLimitIsNotReadAsAnOpeningEither() throws Exception {
        assertEquals(List.of(), read("the chords only use C, F and G, starting with the melody").values());
    }

    @Test
    void scopeDirectly() {
        String text = "the melody only uses E G B D";
        assertEquals(Part.MELODY, new PartScope(text).of(text.indexOf("only")));
        text = "the bass uses only E and B";
        assertEquals(Part.BASS, new PartScope(text).of(text.indexOf("uses")));
        text = "the chord progression only uses C F G";
        assertEquals(Part.CHORDS, new PartScope(text).of(text.indexOf("only")));
        text = "a folk song that only uses A B C";
        assertEquals(Part.ALL, new PartScope(text).of(text.indexOf("only")));
    }

    private SpecPatch read(String text) throws Exception {
        return interpreter.interpret(Prompt.of(text));
    }
}
