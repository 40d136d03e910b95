// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.spec.Defaults;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Genres;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.Provenance;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

/**
 * A pipeline's settings as a patch. They are an admin's defaults for the pipeline: stronger than any guess an
 * interpreter makes (confidence 1 among inferred values) but weaker than what a prompt states.
 */
final class PipelineSettings {
    static final List<String> KEYS = List.of("tempo", "key", "meter", "length", "drums", "genre", "dynamics");
    private static final Pattern KEY = Pattern.compile("(?i)([a-g](?:#|b|\\s*sharp|\\s*flat)?)\\s*(major|minor|dorian|phrygian|lydian|mixolydian|locrian)?");
    private static final Pattern LENGTH = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(s|sec|seconds?|bars?)");

    private PipelineSettings() {
    }

    private static Dynamics dynamics(String value) {
        for (Dynamics d : Dynamics.values()) {
            if (d.name().equalsIgnoreCase(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("must be one of pp, p, mp, mf, f, ff");
    }

    /**
     * @param options the generator's own option keys: settings of those names are the generator's, not the spec's
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    static SpecPatch patch(String pipeline, Map<String, String> settings, Set<String> options) {
        return patch("pipeline " + pipeline, settings, Strength.INFERRED, options, "setting");
    }

    /** Spec settings only: for a pipeline whose generator, and so its options, are not known. */
    static SpecPatch patch(String pipeline, Map<String, String> settings) {
        return patch(pipeline, settings, Set.of());
    }

    /**
     * The same settings given with a prompt (its explicit overrides): as firm as words in the prompt.
     *
     * @throws IllegalArgumentException naming the override and what is wrong with it
     */
    static SpecPatch overrides(Map<String, String> overrides, Set<String> options) {
        return patch(OVERRIDES, overrides, Strength.EXPLICIT, options, "override");
    }

    static final String OVERRIDES = "prompt overrides";

    /** The entries that are the generator's options, keys in lower case. */
    static Map<String, String> options(Map<String, String> settings, Set<String> options) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (options.contains(key)) {
                out.put(key, e.getValue().strip());
            }
        }
        return out;
    }

    private static SpecPatch patch(String source, Map<String, String> settings, Strength strength, Set<String> options,
            String noun) {
        SpecPatch.Builder b = SpecPatch.builder(source);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            String value = e.getValue().strip();
            if (options.contains(key)) {
                continue;
            }
            Provenance p = new Provenance(source, List.of(key + "=" + value), 1.0, strength);
            try {
                switch (key) {
                    case "tempo" -> {
                        double bpm = Double.parseDouble(value.replaceAll("(?i)\\s*bpm$", ""));
                        if (!(bpm >= Defaults.SLOWEST_TEMPO && bpm <= Defaults.FASTEST_TEMPO)) {
                            throw new IllegalArgumentException(String.format(Locale.ROOT, "must be %.0f–%.0f bpm",
                                    Defaults.SLOWEST_TEMPO, Defaults.FASTEST_TEMPO));
                        }
                        b.add(SpecField.TEMPO, bpm, p);
                    }
                    case "key" -> {
                        Matcher m = KEY.matcher(value);
                        if (!m.matches()) {
                            throw new IllegalArgumentException("is not a key such as \"E minor\" or \"Bb major\"");
                        }
                        b.add(SpecField.TONIC, PitchClass.parse(m.group(1)).orElseThrow(), p);
                        b.add(SpecField.MODE, m.group(2) == null ? Mode.MAJOR : Mode.valueOf(m.group(2).toUpperCase(Locale.ROOT)), p);
                    }
                    case "meter" -> {
                        String[] parts = value.split("/");
                        if (parts.length != 2) {
                            throw new IllegalArgumentException("is not a meter such as 3/4");
                        }
                        b.add(SpecField.METER, new Meter(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())), p);
                    }
                    case "length" -> {
                        Matcher m = LENGTH.matcher(value);
                        if (!m.matches()) {
                            throw new IllegalArgumentException("is not a length such as \"20 s\" or \"16 bars\"");
                        }
                        b.add(SpecField.LENGTH, m.group(2).toLowerCase(Locale.ROOT).startsWith("bar")
                                ? Length.ofBars(Integer.parseInt(m.group(1))) : Length.ofSeconds(Double.parseDouble(m.group(1))), p);
                    }
                    case "drums" -> b.add(SpecField.DRUMS, switch (value.toLowerCase(Locale.ROOT)) {
                        case "yes", "true", "on" -> true;
                        case "no", "false", "off" -> false;
                        default -> throw new IllegalArgumentException("must be yes or no");
                    }, p);
                    case "genre" -> {
                        String genre = value.toLowerCase(Locale.ROOT);
                        if (!Genres.isKnown(genre)) {
                            throw new IllegalArgumentException("is not a genre; genres are " + String.join(", ", Genres.IDS));
                        }
                        b.add(SpecField.GENRE, genre, p);
                    }
                    case "dynamics" -> b.add(SpecField.DYNAMICS, dynamics(value), p);
                    default -> throw new IllegalArgumentException("is not a setting; settings are " + String.join(", ", KEYS)
                            + (options.isEmpty() ? "" : ", and the generator's " + String.join(", ", new TreeSet<>(options))));
                }
            } catch (IllegalArgumentException ex) {
                String reason = ex instanceof NumberFormatException ? "is not a number" : ex.getMessage();
                throw new IllegalArgumentException(noun + " " + key + "=" + value + " " + reason, ex);
            }
        }
        return b.build();
    }
}
