// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.spec.Instrument;

/**
 * What plays a pattern: Strudel's sound names ({@code piano}, {@code sawtooth}, {@code gm_acoustic_bass}), the
 * General MIDI program names, and everyday instrument words, each to a General MIDI program; and the drum
 * sounds of Strudel's drum machines ({@code bd sd hh oh cp rim lt mt ht cr rd}) to General MIDI percussion keys.
 */
final class Sounds {
    /** Drum words (Strudel's and TidalCycles' names, and plain ones) to General MIDI percussion keys. */
    static final Map<String, Integer> DRUMS = Map.ofEntries(
            Map.entry("bd", 36), Map.entry("kick", 36), Map.entry("sd", 38), Map.entry("snare", 38),
            Map.entry("rim", 37), Map.entry("rs", 37), Map.entry("cp", 39), Map.entry("clap", 39),
            Map.entry("hh", 42), Map.entry("ch", 42), Map.entry("hat", 42), Map.entry("oh", 46),
            Map.entry("lt", 45), Map.entry("mt", 47), Map.entry("ht", 50), Map.entry("cr", 49),
            Map.entry("crash", 49), Map.entry("rd", 51), Map.entry("ride", 51), Map.entry("cb", 56),
            Map.entry("cowbell", 56), Map.entry("tb", 54), Map.entry("tambourine", 54), Map.entry("sh", 70),
            Map.entry("shaker", 70), Map.entry("perc", 75), Map.entry("claves", 75));

    private static final List<String> DRUM_KIT_WORDS = List.of("drums", "drum kit", "drum", "kit", "percussion",
            "beat", "drum machine", "808", "909");

    // Strudel's synth and sample names, and common words, that are not General MIDI program names.
    private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

    static {
        for (int p = 0; p < GeneralMidi.PROGRAMS; p++) {
            String name = GeneralMidi.programName(p).toLowerCase(Locale.ROOT);
            WORDS.put(name, p);
            // Strudel's General MIDI soundfont names: gm_ and the name in snake case.
            WORDS.put("gm_" + name.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""), p);
        }
        String[][] words = {
            {"0", "piano", "grand piano", "keys", "keyboard"}, {"4", "electric piano", "rhodes", "epiano"},
            {"6", "harpsichord"}, {"11", "vibes", "vibraphone"}, {"13", "xylophone"}, {"16", "organ"},
            {"24", "guitar", "nylon guitar", "classical guitar"}, {"25", "acoustic guitar", "steel guitar"},
            {"27", "electric guitar"}, {"29", "overdriven guitar"}, {"30", "distortion guitar"},
            {"33", "bass", "electric bass", "bass guitar"}, {"32", "upright bass", "double bass", "acoustic bass"},
            {"38", "synth bass"}, {"40", "violin", "fiddle"}, {"41", "viola"}, {"42", "cello"}, {"43", "contrabass"},
            {"46", "harp"}, {"48", "strings"}, {"52", "choir", "voices"}, {"56", "trumpet"}, {"57", "trombone"},
            {"58", "tuba"}, {"60", "horn", "french horn"}, {"61", "brass"}, {"65", "sax", "saxophone", "alto sax"},
            {"66", "tenor sax"}, {"68", "oboe"}, {"71", "clarinet"}, {"73", "flute"}, {"72", "piccolo"},
            {"80", "square", "lead", "synth", "synth lead"}, {"81", "sawtooth", "saw"}, {"79", "sine", "ocarina"},
            {"82", "triangle"}, {"88", "pad", "synth pad"}, {"105", "banjo"}, {"104", "sitar"}, {"108", "kalimba"},
            {"114", "steel drums"}};
        for (String[] row : words) {
            for (int i = 1; i < row.length; i++) {
                WORDS.put(row[i], Integer.parseInt(row[0]));
            }
        }
    }

    private Sounds() {
    }

    static boolean isDrumKit(String word) {
        return DRUM_KIT_WORDS.contains(word.toLowerCase(Locale.ROOT).strip());
    }

    /** The instrument a sound name or word names, if any. */
    static Optional<Instrument> instrument(String word) {
        Integer program = WORDS.get(word.toLowerCase(Locale.ROOT).strip());
        return program == null ? Optional.empty()
                : Optional.of(new Instrument(program, GeneralMidi.programName(program), null));
    }

    /**
     * The instrument named last in a stretch of prose ("then a cello plays", "bass"): the longest known phrase
     * that ends a run of words, searched from the end.
     */
    static Optional<String> lastInstrumentPhrase(String prose) {
        String[] words = prose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_# ]+", " ").strip().split("\\s+");
        for (int end = words.length; end > 0; end--) {
            for (int start = Math.max(0, end - 4); start < end; start++) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
                if (WORDS.containsKey(phrase) || isDrumKit(phrase)) {
                    return Optional.of(phrase);
                }
            }
        }
        return Optional.empty();
    }
}
