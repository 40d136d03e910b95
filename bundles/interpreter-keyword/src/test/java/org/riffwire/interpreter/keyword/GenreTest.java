// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;

class GenreTest {
    private static final List<String> IDS = List.of("pop", "rock", "metal", "punk", "folk", "country", "blues",
            "jazz", "jazz ballad", "swing", "bossa nova", "samba", "tango", "salsa", "reggae", "ska", "funk", "disco",
            "house", "techno", "trance", "drum and bass", "hip hop", "lofi hip hop", "synthwave", "chiptune",
            "ambient", "cinematic", "classical", "baroque", "chorale", "fanfare", "lullaby", "waltz", "march", "jig",
            "reel", "polka", "celtic", "gospel");

    @Test
    void theTableHasExactlyTheGeneratorsIds() {
        assertEquals(IDS, new GenreTable().genres().stream().map(Genre::id).toList());
    }

    @Test
    void everyIdIsReadAsItself() {
        for (String id : IDS) {
            assertEquals(id, Read.prompt("a " + id + " piece").explicit(SpecField.GENRE), id);
        }
    }

    @Test
    void everyGenreHasASaneTempoRange() {
        for (Genre g : new GenreTable().genres()) {
            assertTrue(g.slowest() >= 40 && g.slowest() < g.fastest() && g.fastest() <= 240, g.id());
            assertFalse(g.instruments().isEmpty(), g.id());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lo-fi study music        | lofi hip hop",
        "lofi                     | lofi hip hop",
        "lo fi hip hop            | lofi hip hop",
        "chillhop                 | lofi hip hop",
        "dnb                      | drum and bass",
        "drum & bass              | drum and bass",
        "drum'n'bass              | drum and bass",
        "jungle                   | drum and bass",
        "edm                      | house",
        "dance                    | house",
        "a hymn                   | chorale",
        "rock and roll            | rock",
        "heavy metal              | metal",
        "hip-hop                  | hip hop",
        "rap                      | hip hop",
        "boom bap                 | hip hop",
        "80s synth                | synthwave",
        "retrowave                | synthwave",
        "outrun                   | synthwave",
        "8-bit                    | chiptune",
        "chip tune                | chiptune",
        "orchestral               | cinematic",
        "epic film score          | cinematic",
        "film score               | cinematic",
        "irish                    | celtic",
        "scottish                 | celtic",
        "bossa                    | bossa nova",
        "a jazz ballad            | jazz ballad",
        "lofi hip hop             | lofi hip hop",
        "a celtic jig             | jig",
        "a cinematic waltz        | waltz"})
    void readsSynonymsAndPrefersTheLongestOrTheForm(String prompt, String id) {
        assertEquals(id, Read.prompt(prompt).explicit(SpecField.GENRE));
    }

    @Test
    void genreDefaultsAreInferred() {
        Read r = Read.prompt("some drum and bass");
        assertEquals(174.0, r.inferred(SpecField.TEMPO));
        assertEquals(0.8, r.inferredConfidence(SpecField.TEMPO), 1e-9);
        assertEquals(0.8, r.inferredConfidence(SpecField.DRUMS), 1e-9);
        assertEquals(0.5, r.inferredConfidence(SpecField.INSTRUMENTS), 1e-9);
        assertFalse(r.hasExplicit(SpecField.TEMPO));
    }

    @Test
    void leaningGenresSuggestAMode() {
        Read r = Read.prompt("a chorale for four voices");
        assertEquals(Mode.MAJOR, r.inferred(SpecField.MODE));
        assertEquals(0.4, r.inferredConfidence(SpecField.MODE), 1e-9);
    }

    @Test
    void bossaNovaUsesNylonGuitarAndAcousticBass() {
        InstrumentList usual = Read.prompt("bossa nova").inferred(SpecField.INSTRUMENTS);
        assertEquals(24, usual.instruments().get(0).program());
        assertEquals(32, usual.instruments().get(1).program());
    }

    @Test
    void aTempoWordPicksTheEndOfTheGenresRange() {
        Read r = Read.prompt("a slow waltz");
        assertEquals(120.0, r.inferred(SpecField.TEMPO));
        assertEquals(180.0, Read.prompt("a fast jig").inferred(SpecField.TEMPO));
    }

    @Test
    void instrumentNamesHoldingGenreWordsStayInstruments() {
        Read r = Read.prompt("classical guitar and jazz guitar");
        assertEquals(List.of(24, 26), r.programs());
        assertFalse(r.has(SpecField.GENRE), r::toString);
    }

    @Test
    void aSecondGenreOnlyFillsGaps() {
        Read r = Read.prompt("an irish jig");
        assertEquals("jig", r.explicit(SpecField.GENRE));
        assertEquals("celtic", r.inferred(SpecField.GENRE));
        assertEquals(new org.riffwire.api.music.Meter(6, 8), r.inferred(SpecField.METER));
    }
}
