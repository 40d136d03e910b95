// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.CycleEvent;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.PatternPart;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;

/**
 * Checks a score against every explicit value of a spec, exactly: the one definition of "this score honours
 * that prompt" that generators check themselves with, the verifier reports and plug-in conformance tests use.
 */
public final class ScoreConformance {
    private static final String SCORE = "score";

    private ScoreConformance() {
    }

    /** One check per explicit constraint of the spec (all hard). */
    public static List<ConstraintCheck> check(MusicSpec spec, Score score) {
        List<ConstraintCheck> checks = new ArrayList<>();
        if (spec.isExplicit(SpecField.TEMPO)) {
            double tempo = spec.tempo().orElseThrow();
            checks.add(check("tempo", format(tempo) + " bpm", format(score.tempoBpm()) + " bpm",
                    Math.abs(tempo - score.tempoBpm()) < 1e-6));
        }
        if (spec.isExplicit(SpecField.METER)) {
            checks.add(check("meter", spec.meter().orElseThrow().toString(), score.meter().toString(),
                    spec.meter().orElseThrow().equals(score.meter())));
        }
        if (spec.isExplicit(SpecField.TONIC)) {
            int tonic = spec.get(SpecField.TONIC).orElseThrow();
            checks.add(check("tonic", PitchClass.name(tonic), PitchClass.name(score.key().tonic()), tonic == score.key().tonic()));
        }
        if (spec.isExplicit(SpecField.MODE)) {
            checks.add(check("mode", spec.get(SpecField.MODE).orElseThrow().displayName(),
                    score.key().mode().displayName(), spec.get(SpecField.MODE).orElseThrow() == score.key().mode()));
        }
        if (spec.isExplicit(SpecField.LENGTH)) {
            Length length = spec.get(SpecField.LENGTH).orElseThrow();
            boolean ok = length.isBars()
                    ? score.lengthTicks() == (long) length.bars() * score.meter().barTicks(score.ppq())
                    : Math.abs(score.lengthSeconds() - length.seconds()) <= 0.01;
            checks.add(check("length", length.toString(), format(score.lengthSeconds()) + " s", ok));
        }
        long late = score.tracks().stream().flatMap(t -> t.notes().stream()).filter(n -> n.endTick() > score.lengthTicks()).count();
        checks.add(check("ends on time", "no note past the end", late + " notes past the end", late == 0));
        spec.get(SpecField.PITCH_SET).ifPresent(set -> checks.add(pitchSet("pitch set", set, score, null)));
        spec.get(SpecField.MELODY_PITCH_SET).ifPresent(set -> checks.add(pitchSet("melody pitch set", set, score, TrackRole.MELODY)));
        spec.get(SpecField.BASS_PITCH_SET).ifPresent(set -> checks.add(pitchSet("bass pitch set", set, score, TrackRole.BASS)));
        if (spec.isExplicit(SpecField.INSTRUMENTS)) {
            Set<Integer> programs = score.tracks().stream().filter(t -> !t.isDrums()).map(Track::program)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<String> missing = new ArrayList<>();
            for (Instrument i : spec.get(SpecField.INSTRUMENTS).map(InstrumentList::instruments).orElseThrow()) {
                if (!programs.contains(i.program())) {
                    missing.add(i.name());
                }
            }
            checks.add(check("instruments", spec.get(SpecField.INSTRUMENTS).orElseThrow().toString(),
                    missing.isEmpty() ? "all present" : "missing " + String.join(", ", missing), missing.isEmpty()));
        }
        if (spec.isExplicit(SpecField.DRUMS)) {
            boolean wanted = spec.get(SpecField.DRUMS).orElseThrow();
            boolean present = score.tracks().stream().anyMatch(t -> t.isDrums() && !t.notes().isEmpty());
            checks.add(check("drums", wanted ? "drums" : "no drums", present ? "drums" : "no drums", wanted == present));
        }
        spec.get(SpecField.OPENING).ifPresent(opening -> checks.add(opening(opening, score)));
        spec.get(SpecField.PATTERNS).ifPresent(patterns -> {
            for (PatternPart part : patterns.parts()) {
                checks.add(pattern(part, score));
            }
        });
        return checks;
    }

    /**
     * The notes a pattern part names, cycle after cycle over the score's bars, cut at the score's end: a track of
     * the part's instrument family (the eight General MIDI programs around it: the prompt's words may pick the
     * church organ for a pattern's organ; the drum track for drums) must hold exactly these, each at its tick,
     * with its pitch and length, and nothing else.
     */
    private static ConstraintCheck pattern(PatternPart part, Score score) {
        long barTicks = score.meter().barTicks(score.ppq());
        List<String> expected = new ArrayList<>();
        for (long cycle = 0; cycle * barTicks < score.lengthTicks(); cycle++) {
            for (CycleEvent e : part.pattern().notesStartingIn(cycle)) {
                long start = cycle * barTicks + e.beginTicks(barTicks);
                if (start < score.lengthTicks()) {
                    long length = Math.min(e.lengthTicks(barTicks), score.lengthTicks() - start);
                    expected.add(start + ":" + e.note() + ":" + length);
                }
            }
        }
        Collections.sort(expected);
        String best = "no track of " + (part.drums() ? "drums" : part.instrument().name());
        for (Track t : score.tracks()) {
            if (part.drums() ? !t.isDrums() : t.isDrums() || t.program() / 8 != part.instrument().program() / 8) {
                continue;
            }
            List<String> actual = new ArrayList<>();
            for (Note n : t.notes()) {
                actual.add(n.startTick() + ":" + n.pitch() + ":" + n.durationTicks());
            }
            Collections.sort(actual);
            if (actual.equals(expected)) {
                return check("pattern", part.toString(), expected.size() + " notes, each as written", true);
            }
            List<String> missing = new ArrayList<>(expected);
            actual.forEach(missing::remove);
            best = t.name() + ": " + missing.size() + " of " + expected.size() + " notes missing or moved, "
                    + (actual.size() - (expected.size() - missing.size())) + " extra";
        }
        return check("pattern", part.toString(), best, false);
    }

    /** @param role the part the set limits, or null for every pitched part */
    private static ConstraintCheck pitchSet(String name, PitchSet set, Score score, TrackRole role) {
        Set<Integer> outside = new TreeSet<>();
        for (Track t : score.tracks()) {
            if (t.isDrums() || (role != null && t.role() != role)) {
                continue;
            }
            for (Note n : t.notes()) {
                if (!set.contains(n.pitchClass())) {
                    outside.add(n.pitchClass());
                }
            }
        }
        String measured = outside.isEmpty() ? "every note inside"
                : "outside: " + outside.stream().map(PitchClass::name).collect(Collectors.joining(" "));
        return check(name, set.toString(), measured, outside.isEmpty());
    }

    private static ConstraintCheck opening(NoteSequence opening, Score score) {
        Optional<Track> melody = score.tracks().stream().filter(t -> t.role() == TrackRole.MELODY).findFirst();
        List<Integer> expected = new ArrayList<>();
        for (ExplicitNote n : opening.notes()) {
            for (int p : n.pitches()) {
                expected.add(p % 12);
            }
        }
        List<Integer> actual = melody.map(t -> t.notes().stream().limit(expected.size()).map(Note::pitchClass).toList())
                .orElse(List.of());
        String measured = actual.stream().map(PitchClass::name).collect(Collectors.joining(" "));
        return check("opening notes", opening.toString(), measured.isEmpty() ? "no melody" : measured, expected.equals(actual));
    }

    private static ConstraintCheck check(String constraint, String expected, String measured, boolean passed) {
        return new ConstraintCheck(constraint, expected, measured, passed, true, SCORE);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
