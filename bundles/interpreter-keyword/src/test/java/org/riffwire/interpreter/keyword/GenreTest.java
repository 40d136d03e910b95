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
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;

class GenreTest {
    private static final List<String> IDS = List.of("pop", "rock", "metal", "punk", "folk", "country", "blues",
            "jazz", "jazz ballad", "swing", "bossa nova", "samba", "tango", "salsa", "reggae", "ska", "funk", "disco",
            "house", "techno", "trance", "drum and bass", "hip hop", "lofi hip hop", "synthwave", "chiptune",
            "ambient", "cinematic", "classical", "baroque", "chorale", "fanfare", "lullaby", "waltz", "march", "jig",
            "reel", "polka", "celtic", "gospel", "ballad", "power ballad", "soft rock", "minuet", "bluegrass",
            "flamenco", "sea shanty", "trap", "dubstep", "r&b");

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

    @Test
    void aLeanWordBeatsTheGenresOwnTempo() throws Exception {
        Read verySlow = Read.prompt("a very slow waltz");
        double tempo = verySlow.inferred(SpecField.TEMPO);
        assertTrue(tempo < 120, verySlow::toString);
        assertEquals(0.85, verySlow.inferredConfidence(SpecField.TEMPO), 1e-9);
        assertEquals(tempo, MusicSpec.merge(List.of(verySlow.patch)).tempo().orElseThrow());

        Read fastBallad = Read.prompt("a fast ballad");
        assertEquals("ballad", fastBallad.explicit(SpecField.GENRE));
        assertEquals(80.0, MusicSpec.merge(List.of(fastBallad.patch)).tempo().orElseThrow());
        assertTrue(Read.prompt("a very fast ballad").<Double>inferred(SpecField.TEMPO) > 80);
        assertEquals(135.0, Read.prompt("a mid-tempo waltz").inferred(SpecField.TEMPO));
        // With no genre the word keeps its own tempo.
        assertEquals(55.0, Read.prompt("very slow, for cello").inferred(SpecField.TEMPO));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a ballad for a rainy night       | ballad       | 60  | 80  | 4/4  | false | 0",
        "a power ballad                   | power ballad | 60  | 80  | 4/4  | true  | 0",
        "some soft rock                   | soft rock    | 80  | 110 | 4/4  | true  | 25",
        "a minuet                         | minuet       | 100 | 120 | 3/4  | false | 6",
        "bluegrass                        | bluegrass    | 110 | 150 | 4/4  | false | 105",
        "flamenco                         | flamenco     | 100 | 140 | 3/4  | true  | 24",
        "a sea shanty                     | sea shanty   | 100 | 130 | 6/8  | false | 21",
        "a trap beat                      | trap         | 130 | 150 | 4/4  | true  | 38",
        "dubstep                          | dubstep      | 138 | 142 | 4/4  | true  | 38",
        "an r&b slow jam                  | r&b          | 70  | 100 | 4/4  | true  | 4",
        "rnb                              | r&b          | 70  | 100 | 4/4  | true  | 4",
        "rhythm and blues                 | r&b          | 70  | 100 | 4/4  | true  | 4",
        "a soul ballad                    | ballad       | 60  | 80  | 4/4  | false | 0",
        "latin music                      | salsa        | 160 | 200 | 4/4  | true  | 0",
        "edm                              | house        | 120 | 128 | 4/4  | true  | 0",
        "electronic music                 | house        | 120 | 128 | 4/4  | true  | 0",
        "new age music                    | ambient      | 60  | 80  | 4/4  | false | 88"})
    void newGenresHaveTheirDefaults(String prompt, String id, int slowest, int fastest, String meter,
            boolean drums, int firstInstrument) {
        Read r = Read.prompt(prompt);
        assertEquals(id, r.explicit(SpecField.GENRE));
        double tempo = r.inferred(SpecField.TEMPO);
        assertTrue(tempo >= slowest && tempo <= fastest, r::toString);
        String[] m = meter.split("/");
        assertEquals(new org.riffwire.api.music.Meter(Integer.parseInt(m[0]), Integer.parseInt(m[1])),
                r.inferred(SpecField.METER));
        assertEquals(drums, r.inferred(SpecField.DRUMS));
        InstrumentList usual = r.inferred(SpecField.INSTRUMENTS);
        assertEquals(firstInstrument, usual.instruments().get(0).program(), usual::toString);
    }

    @Test
    void bluegrassAndShantiesUseTheirBands() {
        InstrumentList bluegrass = Read.prompt("bluegrass").inferred(SpecField.INSTRUMENTS);
        assertEquals(List.of(105, 110, 25, 32), bluegrass.instruments().stream().map(i -> i.program()).toList());
        InstrumentList shanty = Read.prompt("a sea shanty").inferred(SpecField.INSTRUMENTS);
        assertEquals(List.of(21, 40, 53), shanty.instruments().stream().map(i -> i.program()).toList());
        assertEquals(Mode.PHRYGIAN, Read.prompt("flamenco").inferred(SpecField.MODE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a funky bassline | funk", "something jazzy | jazz",
        "a bluesy lick on guitar | blues"})
    void adjectivesOnlySuggestTheirGenre(String prompt, String id) {
        Read r = Read.prompt(prompt);
        assertFalse(r.hasExplicit(SpecField.GENRE), r::toString);
        assertEquals(id, r.inferred(SpecField.GENRE));
        assertEquals(0.6, r.inferredConfidence(SpecField.GENRE), 1e-9);
    }

    @Test
    void aNamedGenreLeadsAnAdjective() {
        Read r = Read.prompt("funky house");
        assertEquals("house", r.explicit(SpecField.GENRE));
        assertEquals("funk", r.inferred(SpecField.GENRE));
    }
}

