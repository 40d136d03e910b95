// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.api.Piece;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.AudioAnalyzer;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.analysis.PitchFrame;
import org.riffwire.api.analysis.ScoreConformance;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;

/**
 * Compares a piece with its spec twice: in the score (exactly, {@link ScoreConformance}) and in the audio, by
 * listening: duration, tempo of drum-bearing pieces, clipping, the key the sound implies, and, part by part on
 * single-line stems, whether the sounding pitches stay in the allowed pitch set. A piece with audio only is
 * checked by ear alone ({@link AudioOnlyChecks}).
 */
@Component(service = org.riffwire.api.analysis.Verifier.class, property = "riffwire.name=dsp")
public final class SpecVerifier implements org.riffwire.api.analysis.Verifier {
    /** Share of voiced frames that must lie within {@link #CENTS} of an allowed pitch class. */
    static final double PITCH_SHARE = 0.95;
    static final double CENTS = 50;
    /** Pitch is judged from this long after each note's onset, past the attack. */
    static final double SETTLE_SECONDS = 0.1;
    static final double TEMPO_TOLERANCE = 0.04;
    private static final String AUDIO = "audio";

    private final AudioAnalyzer analyzer;

    @Activate
    public SpecVerifier(@Reference AudioAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public AdherenceReport verify(MusicSpec spec, Piece piece, AudioClip mix, Map<String, AudioClip> stems) {
        List<ConstraintCheck> checks = new ArrayList<>();
        Optional<Score> score = piece.score();
        score.ifPresent(s -> checks.addAll(ScoreConformance.check(spec, s)));
        AudioAnalysis audio = analyzer.analyze(mix);
        score.ifPresent(s -> checks.add(duration(spec, s, audio)));
        score.filter(s -> s.tracks().stream().anyMatch(t -> t.isDrums() && !t.notes().isEmpty()))
                .ifPresent(s -> checks.add(tempo(spec, s, audio)));
        checks.add(new ConstraintCheck("no clipping", "peak below full scale",
                String.format(Locale.ROOT, "peak %.1f dBFS, rms %.1f dBFS", audio.peakDbfs(), audio.rmsDbfs()),
                !audio.clipped(), true, AUDIO));
        score.ifPresent(s -> checks.add(new ConstraintCheck("key heard", s.key().toString(),
                audio.estimatedKey() + String.format(Locale.ROOT, " (r=%.2f)", audio.keyCorrelation()),
                audio.estimatedKey().equals(s.key()), false, AUDIO)));
        score.ifPresent(s -> checks.addAll(stemPitches(spec, s, stems)));
        if (score.isEmpty()) {
            checks.addAll(AudioOnlyChecks.check(spec, audio));
        }
        return new AdherenceReport(checks);
    }

    private static ConstraintCheck duration(MusicSpec spec, Score score, AudioAnalysis audio) {
        double target = score.lengthSeconds();
        boolean ok = audio.seconds() >= target - 0.05 && audio.seconds() <= target + 2.05;
        return new ConstraintCheck("duration", String.format(Locale.ROOT, "%.2f–%.2f s", target, target + 2),
                String.format(Locale.ROOT, "%.2f s", audio.seconds()), ok, spec.isExplicit(SpecField.LENGTH), AUDIO);
    }

    /**
     * Only a drum part gives a beat worth holding a tempo to, so only drum-bearing pieces get this check. A
     * listener may feel a groove's beat at half or double the written tempo (a half-time backbeat, a
     * double-time hi-hat), and a compound meter in its dotted beats; each counts, and the report says which
     * beat was heard. Written patterns keep it soft: their rhythm (a Euclidean kick, sixteenth hats) need not
     * put a felt beat on the quarter notes, and the score check has already placed each of their notes exactly.
     */
    private static ConstraintCheck tempo(MusicSpec spec, Score score, AudioAnalysis audio) {
        String expected = String.format(Locale.ROOT, "%.0f bpm", score.tempoBpm());
        boolean hard = spec.isExplicit(SpecField.TEMPO) && spec.get(SpecField.PATTERNS).isEmpty();
        if (audio.tempoBpm().isEmpty()) {
            return new ConstraintCheck("tempo heard", expected, "no steady beat", false, hard, AUDIO);
        }
        double measured = audio.tempoBpm().get();
        Optional<String> felt = feltBeat(measured, score.tempoBpm(), score.meter().isCompound());
        String heard = String.format(Locale.ROOT, "%.1f bpm", measured)
                + felt.filter(name -> !name.isEmpty()).map(name -> " (" + name + ")").orElse("");
        return new ConstraintCheck("tempo heard", expected, heard, felt.isPresent(), hard, AUDIO);
    }

    /** A beat level a groove may be felt at: its tempo as a share of the written one, and its name. */
    private record BeatLevel(double factor, String name) {
    }

    private static final List<BeatLevel> BEAT_LEVELS = List.of(new BeatLevel(1, ""),
            new BeatLevel(0.5, "felt in half time"), new BeatLevel(2, "felt in double time"));
    /** A compound meter's dotted beats, two thirds of the written quarter-note tempo, and their halves and doubles. */
    private static final List<BeatLevel> DOTTED_LEVELS = List.of(new BeatLevel(2.0 / 3, "felt in dotted beats"),
            new BeatLevel(1.0 / 3, "felt in dotted beats, half time"),
            new BeatLevel(4.0 / 3, "felt in dotted beats, double time"));

    /**
     * Which beat level a measured tempo is, if any: empty when it matches none (a wrong tempo), else the level's
     * name ("" for the written beat itself).
     */
    static Optional<String> feltBeat(double measured, double written, boolean compound) {
        List<BeatLevel> levels = new ArrayList<>(BEAT_LEVELS);
        if (compound) {
            levels.addAll(DOTTED_LEVELS);
        }
        return levels.stream().filter(l -> within(measured, written * l.factor())).map(BeatLevel::name).findFirst();
    }

    static boolean within(double measured, double expected) {
        return Math.abs(measured - expected) <= TEMPO_TOLERANCE * expected;
    }

    private List<ConstraintCheck> stemPitches(MusicSpec spec, Score score, Map<String, AudioClip> stems) {
        List<ConstraintCheck> checks = new ArrayList<>();
        Optional<PitchSet> all = spec.get(SpecField.PITCH_SET);
        Optional<PitchSet> melody = spec.get(SpecField.MELODY_PITCH_SET);
        for (Track track : score.tracks()) {
            AudioClip stem = stems.get(track.name());
            if (stem == null || track.isDrums()) {
                continue;
            }
            Optional<PitchSet> limit = track.role() == TrackRole.MELODY && melody.isPresent() ? melody : all;
            if (limit.isEmpty()) {
                continue;
            }
            List<PitchFrame> frames = analyzer.analyze(stem).pitchTrack();
            int voiced = 0;
            int inside = 0;
            for (PitchFrame f : frames) {
                if (!f.isVoiced() || !settledInNote(f.seconds(), track.notes(), score.secondsPerTick())) {
                    continue;
                }
                voiced++;
                if (centsToSet(f.hertz(), limit.get()) <= CENTS) {
                    inside++;
                }
            }
            double share = voiced == 0 ? 0 : (double) inside / voiced;
            checks.add(new ConstraintCheck("pitches heard in " + track.name(),
                    String.format(Locale.ROOT, "≥ %.0f%% of voiced frames within %.0f cents of %s", PITCH_SHARE * 100, CENTS, limit.get()),
                    String.format(Locale.ROOT, "%.1f%% of %d frames", share * 100, voiced),
                    voiced > 0 && share >= PITCH_SHARE, true, AUDIO));
        }
        return checks;
    }

    private static boolean settledInNote(double seconds, List<Note> notes, double secondsPerTick) {
        for (Note n : notes) {
            double start = n.startTick() * secondsPerTick + SETTLE_SECONDS;
            double end = n.endTick() * secondsPerTick;
            if (seconds >= start && seconds <= end) {
                return true;
            }
        }
        return false;
    }

    static double centsToSet(double hertz, PitchSet set) {
        double midi = 69 + 12 * Math.log(hertz / 440.0) / Math.log(2);
        double best = Double.MAX_VALUE;
        for (int pc : set.pitchClasses()) {
            double d = Math.floorMod((long) Math.floor((midi - pc) * 1000), 12_000L) / 1000.0;
            best = Math.min(best, Math.min(d, 12 - d) * 100);
        }
        return best;
    }
}
