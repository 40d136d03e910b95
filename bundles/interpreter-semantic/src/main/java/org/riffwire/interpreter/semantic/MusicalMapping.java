// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Arousal;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Provenance;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

/**
 * Turns a reading into inferred spec values, after the music-emotion research summarised in this bundle's
 * README: mode carries valence most and tempo carries arousal most (Eerola, Friberg &amp; Bresin 2013), dynamics
 * follow arousal (Juslin &amp; Laukka 2003). Every value is inferred, so anything the prompt states wins over it,
 * and so do a genre's own defaults; a reading of the whole sentence is trusted a little more than the keyword
 * interpreter's average of single mood words (0.52 against 0.5).
 */
final class MusicalMapping {
    static final String NAME = "semantic";
    /** A tag this similar or more may also name a genre, instruments and a meter. */
    static final double STYLE_THRESHOLD = 0.45;
    static final double CONFIDENCE = 0.52;
    /**
     * Only a close match keeps the tempo inside the tag's own range (a "wedding" is not always a slow dance) and
     * leans the register its way (a passing likeness to "jig" does not make a piece high).
     */
    static final double CLOSE_MATCH = 0.55;
    /** How far a tag's register moves the parts: as far as a bright or dark word does. */
    static final double REGISTER_LEAN = 0.5;

    private MusicalMapping() {
    }

    static SpecPatch patch(Reading reading) {
        List<String> words = new ArrayList<>();
        for (Reading.Scored s : reading.tags()) {
            words.add(String.format(Locale.ROOT, "tag %s (%.2f)", s.tag().name(), s.similarity()));
        }
        words.add(String.format(Locale.ROOT, "valence %+.2f, arousal %+.2f", reading.valence(), reading.arousal()));
        SpecPatch.Builder b = SpecPatch.builder(NAME);
        double v = reading.valence();
        double a = reading.arousal();
        // The same reading as numbers, for generators that condition on them rather than on the values below.
        for (Reading.Scored s : reading.tags()) {
            b.reading("tag", s.tag().name(), s.similarity());
        }
        b.reading("valence", "", v);
        b.reading("arousal", "", a);
        b.add(SpecField.VALENCE, v, provenance(words, CONFIDENCE));
        b.add(SpecField.AROUSAL, a, provenance(words, CONFIDENCE));
        if (Math.abs(v) >= 0.15) {
            b.add(SpecField.MODE, v > 0 ? Mode.MAJOR : Mode.MINOR, provenance(words, Math.min(0.58, 0.35 + 0.3 * Math.abs(v))));
        }
        Reading.Scored top = reading.tags().isEmpty() ? null : reading.tags().get(0);
        Tag style = top != null && top.similarity() >= STYLE_THRESHOLD ? top.tag() : null;
        double tempo = Arousal.tempo(a);
        if (top != null && top.similarity() >= CLOSE_MATCH && top.tag().tempoMin() > 0) {
            tempo = Math.max(top.tag().tempoMin(), Math.min(top.tag().tempoMax(), tempo));
        }
        b.add(SpecField.TEMPO, (double) Math.round(tempo), provenance(words, CONFIDENCE));
        Dynamics dynamics = Dynamics.forLevel(a);
        if (style != null && !style.dynamics().isEmpty()) {
            // A tag may push the loudness further the way the arousal already points, never against it.
            Dynamics tagged = Dynamics.valueOf(style.dynamics().toUpperCase(Locale.ROOT));
            if (a > 0 ? tagged.compareTo(dynamics) > 0 : tagged.compareTo(dynamics) < 0) {
                dynamics = tagged;
            }
        }
        b.add(SpecField.DYNAMICS, dynamics, provenance(words, CONFIDENCE));
        // Clear energy decides drums; in between, a well-matching tag does.
        if (a > 0.3 || a < -0.2) {
            b.add(SpecField.DRUMS, a > 0.3, provenance(words, 0.45));
        } else if (style != null && !style.drums().isEmpty()) {
            b.add(SpecField.DRUMS, style.drums().equals("yes"), provenance(words, 0.45));
        }
        if (style != null) {
            Tag t = style;
            if (!t.genre().isEmpty()) {
                b.add(SpecField.GENRE, t.genre(), provenance(words, 0.35));
            }
            if (!t.instruments().isEmpty()) {
                List<Instrument> instruments = t.instruments().stream()
                        .map(p -> new Instrument(p, GeneralMidi.programName(p), null)).toList();
                b.add(SpecField.INSTRUMENTS, new InstrumentList(instruments), provenance(words, 0.3));
            }
            // Where the tag's music sits (an "underground cave" low, a "music box" high): a lean, as bright and
            // dark words are for the keyword interpreter, whose words win (0.55).
            if (top.similarity() >= CLOSE_MATCH && (t.register().equals("high") || t.register().equals("low"))) {
                b.add(SpecField.REGISTER, t.register().equals("high") ? REGISTER_LEAN : -REGISTER_LEAN,
                        provenance(words, 0.45));
            }
            if (!t.meter().isEmpty()) {
                String[] m = t.meter().split("/");
                b.add(SpecField.METER, new Meter(Integer.parseInt(m[0]), Integer.parseInt(m[1])), provenance(words, 0.3));
            }
        }
        return b.build();
    }

    private static Provenance provenance(List<String> words, double confidence) {
        return new Provenance(NAME, words, confidence, Strength.INFERRED);
    }
}
