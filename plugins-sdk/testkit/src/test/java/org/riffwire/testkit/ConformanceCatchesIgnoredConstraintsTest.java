// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;

/**
 * The suite is only worth its name if it fails a generator that breaks the contract: here one that claims to keep
 * stated instruments and opening notes but plays a piano scale whatever the prompt says.
 */
class ConformanceCatchesIgnoredConstraintsTest {
    /** Always a piano playing C D E F G A B C in eighths: it ignores the players and the first notes asked for. */
    private static final class PianoScaleGenerator implements Generator {
        @Override
        public Piece generate(MusicSpec spec, GenerationContext context) {
            List<Note> notes = new ArrayList<>();
            int[] scale = {60, 62, 64, 65, 67, 69, 71, 72};
            for (int i = 0; i < scale.length; i++) {
                notes.add(new Note(scale[i], (long) i * Score.PPQ / 2, Score.PPQ / 2, 90));
            }
            Score score = new Score(Score.PPQ, 120, new Meter(4, 4), new Key(0, Mode.MAJOR),
                    List.of(new Track("Melody", TrackRole.MELODY, 0, 0, notes)), 4L * Score.PPQ);
            return new Piece(spec, score, null, Map.of("generator", "piano scale"));
        }
    }

    @Test
    void aGeneratorThatIgnoresInstrumentsAndOpeningNotesFailsTheSuite() {
        GeneratorConformance suite = new GeneratorConformance() {
            @Override
            protected Generator generator() {
                return new PianoScaleGenerator();
            }

            @Override
            protected Set<SpecField<?>> supportedConstraints() {
                return Set.of(SpecField.INSTRUMENTS, SpecField.OPENING);
            }
        };
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, suite::honoursEverySupportedConstraint);
        assertTrue(failure.getMessage().contains("instruments"), failure.getMessage());
        assertTrue(failure.getMessage().contains("opening"), failure.getMessage());
    }
}
