// SPDX-License-Identifier: Apache-2.0
package com.example.riffwire.arpeggio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.osgi.service.component.annotations.Component;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.propertytypes.Honours;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;

/**
 * Rising and falling arpeggios of the key's tonic, subdominant and dominant chords, in eighth notes, on a
 * harp. It honours tempo, meter, key and length, and refuses what else a prompt states, as the SDK's
 * conformance suite requires.
 */
@Component(service = Generator.class)
@Name("arpeggio")
@Produces(Produces.SCORE)
@Honours(exact = {"tempo", "tonic", "mode", "meter", "length"})
public final class ArpeggioGenerator implements Generator {
    private static final int PPQ = Score.PPQ;
    private static final int HARP = 46;

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        for (SpecField<?> field : List.of(SpecField.PITCH_SET, SpecField.MELODY_PITCH_SET, SpecField.BASS_PITCH_SET,
                SpecField.OPENING, SpecField.DRUMS, SpecField.INSTRUMENTS)) {
            if (spec.isExplicit(field)) {
                throw new UnsatisfiableSpecException("the arpeggio generator cannot honour a stated " + field.name()
                        + "; use a pipeline with the symbolic generator");
            }
        }
        context.checkCancelled();
        double tempo = spec.tempo().orElse(90.0);
        Meter meter = spec.meter().orElse(Meter.COMMON);
        Key key = new Key(spec.get(SpecField.TONIC).orElse(0), spec.get(SpecField.MODE).orElse(Mode.MAJOR));
        Length length = spec.get(SpecField.LENGTH).orElse(Length.ofSeconds(20));
        long end = length.isBars() ? (long) length.bars() * meter.barTicks(PPQ)
                : Math.round(length.seconds() * tempo / 60 * PPQ);
        Random random = new Random(context.seed());
        int[] degrees = {0, 3, 4, 0};
        List<Note> notes = new ArrayList<>();
        long t = 0;
        int bar = 0;
        while (t < end) {
            int degree = degrees[bar % degrees.length];
            int[] chord = {key.degree(degree), key.degree(degree + 2), key.degree(degree + 4)};
            int base = 55 + random.nextInt(3);
            for (long step = 0; step < meter.barTicks(PPQ) && t < end; step += PPQ / 2) {
                int index = (int) (step / (PPQ / 2)) % 6;
                int pc = chord[index < 3 ? index : 5 - index];
                int pitch = base + Math.floorMod(pc - base, 12) + (index == 2 || index == 3 ? 12 : 0);
                notes.add(new Note(pitch, t, Math.min(PPQ / 2, end - t), 70 + random.nextInt(10)));
                t += PPQ / 2;
            }
            bar++;
            context.checkCancelled();
        }
        Score score = new Score(PPQ, tempo, meter, key, List.of(new Track("Arpeggio (harp)", TrackRole.MELODY, HARP, 0, notes)), end);
        return Piece.ofScore(spec, score, Map.of("generator", "arpeggio"));
    }
}
