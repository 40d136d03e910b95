// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.music.Meter;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;

/**
 * Reads the genre and adds what it implies as inferred values: a tempo in its range, its meter, drums or none,
 * its usual instruments and the mode it leans to. Anything the prompt states outright beats these in the merge.
 *
 * <p>One genre is stated; when a prompt names several ("a celtic jig", "a cinematic waltz"), the form leads
 * (a jig is a jig whatever its style) or else the first named, and the others add their defaults at half the
 * confidence, so they only fill gaps. An adjective ("funky", "jazzy") only suggests its genre: when no genre is
 * named it leads, but as an inferred genre.
 */
final class GenreReader {
    static final double TEMPO = 0.8;
    static final double METER = 0.9;
    static final double DRUMS = 0.8;
    static final double INSTRUMENTS = 0.5;
    static final double MODE = 0.4;
    // How much a second genre's word counts next to the leading one's.
    static final double SECONDARY = 0.5;
    // How sure a "funky" or "jazzy" is of its genre when it is the only genre word.
    static final double ADJECTIVE = 0.6;

    private final Lexicon<GenreTable.Word> words;

    GenreReader(GenreTable table) {
        words = new Lexicon<>(table.words(), true);
    }

    /** The genres a prompt names, the leading one first; {@code lead} is null when it names none. */
    record Mentions(Genre lead, Map<Genre, Mention> all) {
        static final Mentions NONE = new Mentions(null, Map.of());

        /** The words that named the leading genre, or none. */
        List<String> leadWords() {
            return lead == null ? List.of() : all.get(lead).words;
        }
    }

    /**
     * Genre phrases in a musical context, before they are weighed against instrument names that share their
     * words; the instrument phrases help tell "country fiddle" from "country road".
     */
    List<Phrase<GenreTable.Word>> find(Tokens tokens, List<? extends Phrase<?>> instruments) {
        List<Phrase<GenreTable.Word>> named = new ArrayList<>();
        for (Phrase<GenreTable.Word> p : words.scan(tokens)) {
            if (p.value().genre() != null) {
                named.add(p);
            }
        }
        return GenreContext.confirmed(tokens, named, instruments);
    }

    /** Which genres the kept phrases name, and which leads. */
    Mentions mentions(Tokens tokens, List<Phrase<GenreTable.Word>> hits) {
        Map<Genre, Mention> mentions = new LinkedHashMap<>();
        for (Phrase<GenreTable.Word> p : hits) {
            if (Negation.isNegated(tokens, p.first())) {
                continue;
            }
            Mention m = mentions.computeIfAbsent(p.value().genre(), g -> new Mention());
            m.words.add(tokens.words(p.first(), p.end()));
            if (m.meter == null) {
                m.meter = p.value().meter();
            }
            m.stated |= !p.value().adjective();
        }
        if (mentions.isEmpty()) {
            return Mentions.NONE;
        }
        Genre lead = mentions.entrySet().stream().filter(e -> e.getValue().stated && e.getKey().form())
                .map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> mentions.entrySet().stream().filter(e -> e.getValue().stated)
                        .map(Map.Entry::getKey).findFirst().orElse(mentions.keySet().iterator().next()));
        return new Mentions(lead, mentions);
    }

    void read(Mentions mentions, TempoLean lean, Set<Integer> excluded, Findings found) {
        Genre lead = mentions.lead();
        if (lead == null) {
            return;
        }
        Mention first = mentions.all().get(lead);
        if (first.stated) {
            found.explicit(SpecField.GENRE, lead.id(), first.words);
            imply(lead, first, 1.0, lean, excluded, found);
        } else {
            found.inferred(SpecField.GENRE, lead.id(), ADJECTIVE, first.words);
            imply(lead, first, ADJECTIVE, lean, excluded, found);
        }
        for (Map.Entry<Genre, Mention> e : mentions.all().entrySet()) {
            if (e.getKey() != lead) {
                found.inferred(SpecField.GENRE, e.getKey().id(), SECONDARY, e.getValue().words);
                imply(e.getKey(), e.getValue(), SECONDARY, lean, excluded, found);
            }
        }
    }

    private static void imply(Genre g, Mention m, double weight, TempoLean lean, Set<Integer> excluded,
            Findings found) {
        List<String> tempoWords = new ArrayList<>(m.words);
        tempoWords.addAll(lean.words());
        found.inferred(SpecField.TEMPO, g.tempo(lean.direction()), TEMPO * weight, tempoWords);
        Meter meter = m.meter != null ? m.meter : g.meter();
        found.inferred(SpecField.METER, meter, METER * weight, m.words);
        found.inferred(SpecField.DRUMS, g.drums(), DRUMS * weight, m.words);
        if (g.mode() != null) {
            found.inferred(SpecField.MODE, g.mode(), MODE * weight, m.words);
        }
        List<Instrument> usual = new ArrayList<>();
        for (int program : g.instruments()) {
            if (!excluded.contains(program)) {
                usual.add(new Instrument(program, GeneralMidi.programName(program), null));
            }
        }
        if (!usual.isEmpty()) {
            found.inferred(SpecField.INSTRUMENTS, new InstrumentList(usual), INSTRUMENTS * weight, m.words);
        }
    }

    static final class Mention {
        final List<String> words = new ArrayList<>();
        Meter meter;
        // False while only adjectives ("funky") have named the genre.
        boolean stated;
    }
}
