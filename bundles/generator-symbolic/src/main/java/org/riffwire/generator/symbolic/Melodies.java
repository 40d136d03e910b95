// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.onnx.api.Json;
import org.riffwire.onnx.api.OnnxModel;

/**
 * The two melody sources and the choice between them. The rules write every melody the model has not learned;
 * the model (an {@code OnnxModel} of kind {@code melody}, when one is installed) writes folk forms and solo
 * melodies by default. The generator option {@code melody} chooses explicitly: {@code model}, {@code rules} or
 * {@code auto}.
 */
final class Melodies {
    static final Melodies NONE = new Melodies(null, null, null, "melody: rules only (no melody model installed)");

    /** Genres whose tunes are the tradition the melody model learned; "auto" gives them the model. */
    static final Set<String> FOLK = Set.of("folk", "jig", "reel", "polka", "waltz", "march", "celtic", "sea shanty",
            "bluegrass", "lullaby");

    private final OnnxModel model;
    private final MelodyVocabulary vocabulary;
    private final MelodySource learned;
    private final String status;

    private Melodies(OnnxModel model, MelodyVocabulary vocabulary, MelodySource learned, String status) {
        this.model = model;
        this.vocabulary = vocabulary;
        this.learned = learned;
        this.status = status;
    }

    /** The model's melodies, or the rules alone with the reason, when its vocabulary cannot be read. */
    static Melodies of(OnnxModel model) {
        String name = model.descriptor().name();
        try (InputStream in = model.resource("vocabulary")) {
            MelodyVocabulary vocabulary = new MelodyVocabulary(Json.object(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    name + " vocabulary"));
            return new Melodies(model, vocabulary, new ModelMelodySource(new LearnedMelody(model, vocabulary), name), "melody: model " + name
                    + " for folk forms and solo melodies, rules otherwise (" + model.status() + ")");
        } catch (IOException | RuntimeException e) {
            return new Melodies(model, null, null, "melody: rules only (model " + name + " cannot be used: " + e.getMessage() + ")");
        }
    }

    OnnxModel model() {
        return model;
    }

    String status() {
        return status;
    }

    /** The model's source, or null for the rules, and why not the model when it is not. */
    record Choice(MelodySource source, String why) {
    }

    /** @param parts how many parts the arrangement has: one is a solo melody */
    Choice choose(String option, MusicSpec spec, Meter meter, Mode mode, int parts) throws UnsatisfiableSpecException {
        String asked = option == null ? "auto" : option.strip().toLowerCase(Locale.ROOT);
        if (!asked.equals("auto") && !asked.equals("model") && !asked.equals("rules")) {
            throw new UnsatisfiableSpecException("melody=" + option + " is not one of model, rules, auto");
        }
        if (asked.equals("rules")) {
            return new Choice(null, "asked for");
        }
        String unknown = learned == null ? (model == null ? "no melody model is installed" : status)
                : vocabulary.find("M:" + meter.numerator() + "/" + meter.denominator()).isEmpty() ? "the model has learned no " + meter.numerator() + "/" + meter.denominator()
                : mode != Mode.MAJOR && mode != Mode.MINOR ? "the model has learned major and minor tunes only" : null;
        if (unknown != null) {
            if (asked.equals("model")) {
                throw new UnsatisfiableSpecException("melody=model, but " + unknown);
            }
            return new Choice(null, unknown);
        }
        String genre = spec.get(SpecField.GENRE).orElse(null);
        boolean folk = genre != null && FOLK.contains(genre);
        if (asked.equals("model") || folk || (genre == null && parts == 1)) {
            return new Choice(learned, "");
        }
        return new Choice(null, "not a folk form");
    }

    /** The rhythm token for a genre: the tune types the corpora name in their R: fields. */
    static String rhythm(String genre) {
        if (genre == null) {
            return "none";
        }
        return switch (genre) {
            case "jig", "reel", "polka", "waltz" -> genre;
            default -> "none";
        };
    }
}
