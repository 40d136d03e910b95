// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;

/**
 * What the testkit can check of an audio-only piece without listening: the samples are finite, inside [-1, 1]
 * and not silent, and the clip lasts as long as a stated length (a 2 s release tail allowed). Tempo, key and pitch
 * are heard by the runtime's verifier ({@code riffwire generate --verify}).
 */
final class AudioConformance {
    private AudioConformance() {
    }

    static List<ConstraintCheck> check(MusicSpec spec, AudioClip clip) {
        List<ConstraintCheck> checks = new ArrayList<>();
        double peak = 0;
        boolean finite = true;
        for (int c = 0; c < clip.channelCount(); c++) {
            for (float x : clip.channel(c)) {
                finite &= Float.isFinite(x);
                peak = Math.max(peak, Math.abs(x));
            }
        }
        checks.add(check("samples", "finite, within [-1, 1], not silent",
                String.format(Locale.ROOT, "%s, peak %.3f", finite ? "finite" : "not finite", peak),
                finite && peak <= 1 && peak > 1e-4));
        if (spec.isExplicit(SpecField.LENGTH)) {
            double target = spec.lengthSeconds().orElseThrow();
            checks.add(check("length", String.format(Locale.ROOT, "%.2f–%.2f s", target, target + 2),
                    String.format(Locale.ROOT, "%.2f s", clip.seconds()),
                    clip.seconds() >= target - 0.01 && clip.seconds() <= target + 2.01));
        }
        return checks;
    }

    private static ConstraintCheck check(String constraint, String expected, String measured, boolean passed) {
        return new ConstraintCheck(constraint, expected, measured, passed, true, "audio");
    }
}
