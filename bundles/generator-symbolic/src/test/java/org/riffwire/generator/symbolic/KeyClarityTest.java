// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.analysis.KrumhanslKessler;
import org.riffwire.testkit.Specs;

/** The notes themselves must imply the requested key, as a Krumhansl-Kessler key finder hears it. */
class KeyClarityTest {

    @Test
    void majorAndMinorKeysAreRecognisedFromTheNotesAcrossGenresAndEnsembles() throws Exception {
        List<String> misses = new ArrayList<>();
        int total = 0;
        String[] genres = {"folk", "rock", "waltz", "jazz", "ambient", "reggae", "jig", "fanfare", "march", "reel"};
        int[][] ensembles = {{73, 0}, {56, 57, 60}, {40, 78}, {40, 40, 41, 42}, {25}, {66, 0, 32}};
        for (int tonic = 0; tonic < 12; tonic++) {
            for (Mode mode : new Mode[] {Mode.MAJOR, Mode.MINOR}) {
                for (int seed = 0; seed < 10; seed++) {
                    MusicSpec spec = Specs.spec().with(SpecField.TONIC, tonic).with(SpecField.MODE, mode)
                            .with(SpecField.GENRE, genres[seed])
                            .with(SpecField.LENGTH, Length.ofSeconds(20 + 5 * seed))
                            .with(SpecField.INSTRUMENTS, new InstrumentList(java.util.Arrays.stream(ensembles[seed % ensembles.length])
                                    .mapToObj(p -> new Instrument(p, "GM " + p, null)).toList())).build();
                    Score score = new SymbolicGenerator().generate(spec, Specs.context(seed * 31L + tonic, false)).score().orElseThrow();
                    Key estimated = estimate(score);
                    total++;
                    if (!estimated.equals(new Key(tonic, mode))) {
                        misses.add(new Key(tonic, mode) + " heard as " + estimated + " (seed " + seed + ")");
                    }
                }
            }
        }
        // A key finder is a model of listening, not ground truth: allow it to disagree on at most 2% of pieces.
        assertTrue(misses.size() <= total / 50, misses.size() + "/" + total + " misses:\n" + String.join("\n", misses));
    }

    static Key estimate(Score score) {
        double[] profile = new double[12];
        for (Track t : score.tracks()) {
            if (!t.isDrums()) {
                for (Note n : t.notes()) {
                    profile[n.pitchClass()] += n.durationTicks();
                }
            }
        }
        return KrumhanslKessler.estimate(profile).key();
    }
}
