// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Arc;
import org.riffwire.api.spec.Arousal;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Provenance;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

/**
 * Turns a picture's features into inferred spec values, after the research tabled in this bundle's README:
 * pleasure ≈ .69 brightness + .22 saturation and arousal ≈ .60 saturation (Valdez &amp; Mehrabian 1994), lighter,
 * more saturated, yellower colours going with faster, major-mode music and darker, greyer, bluer ones with slower,
 * minor music (Palmer et al. 2013), lighter colours with higher pitches (Marks 1974). Every
 * value is inferred, at a confidence above the semantic interpreter's reading of a whole sentence (0.52) and below
 * the keyword interpreter's mood words for mode (0.55) and loudness (0.7) and a genre's own tempo (0.8): the
 * picture sets the mood of "a jig", the words "a sad jig" set its mode.
 */
final class ImageMapping {
    static final String NAME = "image";
    static final double CONFIDENCE = 0.53;
    /** The profile's change in L* that spans the whole arc: darkest strip 0, brightest 1. */
    static final double ARC_SPAN = 25;
    /** Below this change in L* across the picture the arc is flat, and none is given. */
    static final double ARC_MINIMUM = 8;

    private ImageMapping() {
    }

    /** Valence and arousal with the standardised features they came from, each in [-1, 1]. */
    record Affect(double brightness, double saturation, double warmth, double texture, double contrast, double valence,
            double arousal) {
        static Affect of(PictureFeatures f) {
            double brightness = clamp((f.lightness() - 50) / 35);
            double saturation = clamp((f.colourfulness() - 40) / 40);
            double texture = clamp((f.edgeDensity() - 0.08) / 0.08);
            double contrast = clamp((f.contrast() - 18) / 12);
            double valence = clamp(0.69 * brightness + 0.22 * saturation + 0.25 * f.warmth());
            // Valdez and Mehrabian found dark patches slightly more arousing (-.31), but for music Palmer et al.
            // found lighter colours chosen for faster music: lightness counts for energy here, a little.
            // Squashed, not clipped: two very dark, grey pictures still differ in tempo.
            double arousal = Math.tanh(1.2 * (0.25 * brightness + 0.60 * saturation + 0.25 * texture + 0.15 * contrast));
            return new Affect(brightness, saturation, f.warmth(), texture, contrast, valence, arousal);
        }
    }

    static SpecPatch patch(String file, PictureFeatures f) {
        Affect affect = Affect.of(f);
        double v = affect.valence();
        double a = affect.arousal();
        String seen = String.format(Locale.ROOT, "image %s: lightness %.0f, colourfulness %.0f, warmth %+.2f, contrast %.0f, edges %.0f%%",
                file, f.lightness(), f.colourfulness(), f.warmth(), f.contrast(), 100 * f.edgeDensity());
        String mood = String.format(Locale.ROOT, "valence %+.2f, arousal %+.2f", v, a);
        SpecPatch.Builder b = SpecPatch.builder(NAME);
        b.reading("image lightness", "", f.lightness());
        b.reading("image chroma", "", f.chroma());
        b.reading("image colourfulness", "", f.colourfulness());
        b.reading("image warmth", "", f.warmth());
        b.reading("image contrast", "", f.contrast());
        b.reading("image edge density", "", f.edgeDensity());
        for (Map.Entry<String, Double> e : f.dominant().entrySet()) {
            b.reading("image colour", e.getKey(), e.getValue());
        }
        b.reading("valence", "", v);
        b.reading("arousal", "", a);
        b.add(SpecField.VALENCE, v, provenance(CONFIDENCE, seen, mood));
        b.add(SpecField.AROUSAL, a, provenance(CONFIDENCE, seen, mood));
        b.add(SpecField.MODE, v >= 0 ? Mode.MAJOR : Mode.MINOR, provenance(CONFIDENCE, seen, mood + " → " + (v >= 0 ? "major" : "minor")));
        double tempo = Math.round(Arousal.tempo(a));
        b.add(SpecField.TEMPO, tempo, provenance(CONFIDENCE, seen, mood + String.format(Locale.ROOT, " → %.0f bpm", tempo)));
        // Loudness follows arousal, and light a little: a dark picture is played softer than a bright one as busy.
        double loudness = 0.75 * a + 0.25 * affect.brightness();
        Dynamics dynamics = Dynamics.forLevel(loudness);
        b.add(SpecField.DYNAMICS, dynamics, provenance(CONFIDENCE, seen, mood + " → " + dynamics.name().toLowerCase(Locale.ROOT)));
        double register = Math.round(0.8 * affect.brightness() * 100) / 100.0;
        b.add(SpecField.REGISTER, register, provenance(CONFIDENCE, seen,
                String.format(Locale.ROOT, "lightness %.0f → register %+.2f", f.lightness(), register)));
        double density = Math.round(clamp01(0.15 + 2 * f.edgeDensity() + 0.15 * a) * 100) / 100.0;
        b.add(SpecField.DENSITY, density, provenance(CONFIDENCE, seen,
                String.format(Locale.ROOT, "edges %.0f%%, arousal %+.2f → density %.2f", 100 * f.edgeDensity(), a, density)));
        if (a > 0.3 || a < -0.2) {
            b.add(SpecField.DRUMS, a > 0.3, provenance(0.46, seen, mood + (a > 0.3 ? " → drums" : " → no drums")));
        }
        arc(f.profile()).ifPresent(arc -> b.add(SpecField.ARC, arc, provenance(CONFIDENCE, seen,
                "lightness left to right " + profileText(f.profile()) + " → arc " + arc)));
        return b.build();
    }

    /** The brightness profile as an arc about its mean, when the picture changes enough from left to right. */
    static java.util.Optional<Arc> arc(double[] profile) {
        double min = java.util.Arrays.stream(profile).min().orElse(0);
        double max = java.util.Arrays.stream(profile).max().orElse(0);
        if (max - min < ARC_MINIMUM) {
            return java.util.Optional.empty();
        }
        double mean = java.util.Arrays.stream(profile).average().orElse(0);
        double[] levels = new double[profile.length];
        for (int i = 0; i < profile.length; i++) {
            levels[i] = Math.round(clamp01(0.5 + (profile[i] - mean) / ARC_SPAN) * 100) / 100.0;
        }
        return java.util.Optional.of(Arc.of(levels));
    }

    private static String profileText(double[] profile) {
        List<String> parts = new ArrayList<>();
        for (double p : profile) {
            parts.add(String.format(Locale.ROOT, "%.0f", p));
        }
        return String.join(" ", parts);
    }

    private static Provenance provenance(double confidence, String... words) {
        return new Provenance(NAME, List.of(words), confidence, Strength.INFERRED);
    }

    private static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
