// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.analysis.PitchFrame;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Defaults;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;

/**
 * The checks for a piece that has no score (a diffusion model's audio): everything is heard. Duration against the
 * asked length, the tempo heard against a stated tempo, the key heard against a stated key, and for a pitch set
 * the pitch track of the whole clip (taken as one line, judged from {@link SpecVerifier#SETTLE_SECONDS} after each
 * detected onset). Each check is hard exactly when the prompt stated the value.
 */
final class AudioOnlyChecks {
    private static final String AUDIO = "audio";

    private AudioOnlyChecks() {
    }

    static List<ConstraintCheck> check(MusicSpec spec, AudioAnalysis audio) {
        List<ConstraintCheck> checks = new ArrayList<>();
        double tempo = spec.tempo().orElse(Defaults.TEMPO);
        spec.lengthSeconds().ifPresent(target -> checks.add(duration(spec, target, audio)));
        if (spec.isExplicit(SpecField.TEMPO)) {
            checks.add(tempo(spec, tempo, audio));
        }
        if (spec.isExplicit(SpecField.TONIC) || spec.isExplicit(SpecField.MODE)) {
            checks.add(key(spec, audio));
        }
        spec.get(SpecField.PITCH_SET).or(() -> spec.get(SpecField.MELODY_PITCH_SET))
                .ifPresent(set -> checks.add(pitches(set, audio)));
        return checks;
    }

    private static ConstraintCheck duration(MusicSpec spec, double target, AudioAnalysis audio) {
        boolean ok = audio.seconds() >= target - 0.05 && audio.seconds() <= target + 2.05;
        return new ConstraintCheck("duration", String.format(Locale.ROOT, "%.2f–%.2f s", target, target + 2),
                String.format(Locale.ROOT, "%.2f s", audio.seconds()), ok, spec.isExplicit(SpecField.LENGTH), AUDIO);
    }

    private static ConstraintCheck tempo(MusicSpec spec, double tempo, AudioAnalysis audio) {
        String expected = String.format(Locale.ROOT, "%.0f bpm", tempo);
        if (audio.tempoBpm().isEmpty()) {
            return new ConstraintCheck("tempo heard", expected, "no steady beat", false, true, AUDIO);
        }
        double measured = audio.tempoBpm().get();
        boolean compound = spec.meter().map(Meter::isCompound).orElse(false);
        boolean ok = SpecVerifier.within(measured, tempo) || (compound && SpecVerifier.within(measured, tempo * 2 / 3));
        return new ConstraintCheck("tempo heard", expected, String.format(Locale.ROOT, "%.1f bpm", measured), ok, true, AUDIO);
    }

    private static ConstraintCheck key(MusicSpec spec, AudioAnalysis audio) {
        Key heard = audio.estimatedKey();
        Optional<Integer> tonic = spec.isExplicit(SpecField.TONIC) ? spec.get(SpecField.TONIC) : Optional.empty();
        Optional<Mode> mode = spec.isExplicit(SpecField.MODE) ? spec.get(SpecField.MODE) : Optional.empty();
        boolean ok = tonic.map(t -> t == heard.tonic()).orElse(true) && mode.map(m -> m == heard.mode()).orElse(true);
        String expected = spec.key().map(Key::toString).orElse(mode.map(Mode::displayName).orElse("?"));
        return new ConstraintCheck("key heard", expected,
                heard + String.format(Locale.ROOT, " (r=%.2f)", audio.keyCorrelation()), ok, true, AUDIO);
    }

    private static ConstraintCheck pitches(PitchSet set, AudioAnalysis audio) {
        int voiced = 0;
        int inside = 0;
        List<Double> onsets = audio.onsets();
        for (PitchFrame f : audio.pitchTrack()) {
            if (!f.isVoiced() || !settled(f.seconds(), onsets)) {
                continue;
            }
            voiced++;
            if (SpecVerifier.centsToSet(f.hertz(), set) <= SpecVerifier.CENTS) {
                inside++;
            }
        }
        double share = voiced == 0 ? 0 : (double) inside / voiced;
        return new ConstraintCheck("pitches heard",
                String.format(Locale.ROOT, "≥ %.0f%% of voiced frames within %.0f cents of %s", SpecVerifier.PITCH_SHARE * 100,
                        SpecVerifier.CENTS, set),
                String.format(Locale.ROOT, "%.1f%% of %d frames", share * 100, voiced),
                voiced > 0 && share >= SpecVerifier.PITCH_SHARE, true, AUDIO);
    }

    private static boolean settled(double seconds, List<Double> onsets) {
        double last = -1;
        for (double o : onsets) {
            if (o > seconds) {
                break;
            }
            last = o;
        }
        return last < 0 ? seconds >= SpecVerifier.SETTLE_SECONDS : seconds - last >= SpecVerifier.SETTLE_SECONDS;
    }
}
