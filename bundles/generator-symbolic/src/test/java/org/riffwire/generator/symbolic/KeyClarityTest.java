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

/** The notes themselves must imply the requested key, as a Krumhansl-Kessler key finder hears it. */
class KeyClarityTest {
    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

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
                    Score score = new SymbolicGenerator().generate(spec, Specs.seed(seed * 31L + tonic)).score().orElseThrow();
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
        Key best = null;
        double bestR = -2;
        for (int tonic = 0; tonic < 12; tonic++) {
            for (Mode mode : new Mode[] {Mode.MAJOR, Mode.MINOR}) {
                double[] t = new double[12];
                for (int i = 0; i < 12; i++) {
                    t[(tonic + i) % 12] = (mode == Mode.MAJOR ? MAJOR : MINOR)[i];
                }
                double r = correlation(profile, t);
                if (r > bestR) {
                    bestR = r;
                    best = new Key(tonic, mode);
                }
            }
        }
        return best;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < 12; i++) {
            ma += a[i] / 12;
            mb += b[i] / 12;
        }
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < 12; i++) {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return num / Math.sqrt(da * db + 1e-12);
    }
}
