// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;

/**
 * Checks a finished score against every explicit value of its spec. The generator runs it on each piece it
 * makes, so a bug that breaks a constraint fails loudly instead of shipping a wrong piece.
 */
final class ScoreCheck {
    private ScoreCheck() {
    }

    static List<String> violations(MusicSpec spec, Score score) {
        List<String> problems = new ArrayList<>();
        if (spec.isExplicit(SpecField.TEMPO) && Math.abs(spec.tempo().orElseThrow() - score.tempoBpm()) > 1e-9) {
            problems.add("tempo " + score.tempoBpm() + " instead of " + spec.tempo().orElseThrow());
        }
        if (spec.isExplicit(SpecField.METER) && !spec.meter().orElseThrow().equals(score.meter())) {
            problems.add("meter " + score.meter() + " instead of " + spec.meter().orElseThrow());
        }
        if (spec.isExplicit(SpecField.TONIC) && spec.get(SpecField.TONIC).orElseThrow() != score.key().tonic()) {
            problems.add("key " + score.key() + " has the wrong tonic");
        }
        if (spec.isExplicit(SpecField.MODE) && spec.get(SpecField.MODE).orElseThrow() != score.key().mode()) {
            problems.add("key " + score.key() + " has the wrong mode");
        }
        if (spec.isExplicit(SpecField.LENGTH)) {
            Length length = spec.get(SpecField.LENGTH).orElseThrow();
            if (length.isBars() ? score.lengthTicks() != (long) length.bars() * score.meter().barTicks(score.ppq())
                    : Math.abs(score.lengthSeconds() - length.seconds()) > 0.01) {
                problems.add(String.format("length %.2f s instead of %s", score.lengthSeconds(), length));
            }
        }
        for (Track t : score.tracks()) {
            for (Note n : t.notes()) {
                if (n.endTick() > score.lengthTicks()) {
                    problems.add("a note of " + t.name() + " rings past the end");
                    break;
                }
            }
        }
        checkPitchSet(spec.get(SpecField.PITCH_SET), score, false, problems);
        checkPitchSet(spec.get(SpecField.MELODY_PITCH_SET), score, true, problems);
        if (spec.isExplicit(SpecField.INSTRUMENTS)) {
            for (Instrument i : spec.get(SpecField.INSTRUMENTS).map(InstrumentList::instruments).orElseThrow()) {
                if (score.tracks().stream().noneMatch(t -> !t.isDrums() && t.program() == i.program())) {
                    problems.add("no part for " + i.name());
                }
            }
        }
        if (spec.isExplicit(SpecField.DRUMS)) {
            boolean wanted = spec.get(SpecField.DRUMS).orElseThrow();
            boolean present = score.tracks().stream().anyMatch(t -> t.isDrums() && !t.notes().isEmpty());
            if (wanted != present) {
                problems.add(wanted ? "drums are missing" : "drums were not wanted");
            }
        }
        spec.get(SpecField.OPENING).ifPresent(opening -> checkOpening(opening, score, problems));
        return problems;
    }

    private static void checkPitchSet(Optional<PitchSet> set, Score score, boolean melodyOnly, List<String> problems) {
        if (set.isEmpty()) {
            return;
        }
        for (Track t : score.tracks()) {
            if (t.isDrums() || (melodyOnly && t.role() != TrackRole.MELODY)) {
                continue;
            }
            for (Note n : t.notes()) {
                if (!set.get().contains(n.pitchClass())) {
                    problems.add(t.name() + " plays " + PitchClass.name(n.pitch()) + ", outside " + set.get());
                    return;
                }
            }
        }
    }

    private static void checkOpening(NoteSequence opening, Score score, List<String> problems) {
        Track melody = score.tracks().stream().filter(t -> t.role() == TrackRole.MELODY).findFirst().orElse(null);
        if (melody == null) {
            problems.add("no melody for the opening notes");
            return;
        }
        int i = 0;
        for (ExplicitNote expected : opening.notes()) {
            for (int p : expected.pitches()) {
                if (i >= melody.notes().size() || melody.notes().get(i).pitchClass() != p % 12) {
                    problems.add("the melody does not open with " + opening);
                    return;
                }
                i++;
            }
        }
    }
}
