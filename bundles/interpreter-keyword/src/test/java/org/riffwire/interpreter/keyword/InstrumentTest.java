// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;

class InstrumentTest {

    @Test
    void generalMidiHasAllProgramsOnce() {
        assertEquals(128, GeneralMidi.PROGRAMS);
        assertEquals(128, java.util.stream.IntStream.range(0, 128).mapToObj(GeneralMidi::programName).distinct().count());
        assertEquals("Acoustic Grand Piano", GeneralMidi.programName(0));
        assertEquals("Violin", GeneralMidi.programName(40));
        assertEquals("Flute", GeneralMidi.programName(73));
        assertEquals("Lead 1 (square)", GeneralMidi.programName(80));
        assertEquals("Sitar", GeneralMidi.programName(104));
        assertEquals("Gunshot", GeneralMidi.programName(127));
    }

    @Test
    void everyOfficialNameIsRead() {
        for (int program = 0; program < 128; program++) {
            String name = GeneralMidi.programName(program);
            if (List.of("Seashore", "Helicopter", "Fiddle").contains(name)) {
                continue;
            }
            Read r = Read.prompt("a piece for " + name + " only");
            assertEquals(List.of(program), r.programs(), name);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "piano | 0", "grand piano | 0", "electric piano | 4", "rhodes | 4", "harpsichord | 6", "celesta | 8",
        "glockenspiel | 9", "music box | 10", "vibraphone | 11", "vibes | 11", "marimba | 12", "xylophone | 13",
        "tubular bells | 14", "chimes | 14", "hammond organ | 16", "drawbar organ | 16", "church organ | 19",
        "pipe organ | 19", "accordion | 21", "harmonica | 22", "guitar | 25", "acoustic guitar | 25",
        "steel guitar | 25", "nylon guitar | 24", "classical guitar | 24", "spanish guitar | 24",
        "electric guitar | 27", "jazz guitar | 26", "clean electric guitar | 27", "distorted guitar | 30",
        "distortion guitar | 30", "overdriven guitar | 29", "bass | 33", "bass guitar | 33", "electric bass | 33",
        "acoustic bass | 32", "upright bass | 32", "double bass | 32", "contrabass | 43", "fretless bass | 35",
        "slap bass | 36", "synth bass | 38", "violin | 40", "fiddle | 40", "viola | 41", "cello | 42",
        "harp | 46", "timpani | 47", "strings | 48", "string section | 48", "string ensemble | 48",
        "synth strings | 50", "choir | 52", "voices | 52", "trumpet | 56", "trombone | 57", "tuba | 58",
        "french horn | 60", "horn | 60", "brass | 61", "brass section | 61", "soprano sax | 64", "alto sax | 65",
        "saxophone | 65", "sax | 65", "tenor sax | 66", "baritone sax | 67", "oboe | 68", "english horn | 69",
        "bassoon | 70", "clarinet | 71", "bass clarinet | 71", "piccolo | 72", "flute | 73", "recorder | 74",
        "pan flute | 75", "bottle | 76", "shakuhachi | 77", "whistle | 78", "tin whistle | 78", "ocarina | 79",
        "synth lead | 80", "lead synth | 80", "saw lead | 81", "synth pad | 88", "warm pad | 89", "sitar | 104",
        "banjo | 105", "shamisen | 106", "koto | 107", "kalimba | 108", "bagpipes | 109", "bagpipe | 109",
        "steel drums | 114"})
    void readsEverydayNames(String name, int program) {
        assertEquals(List.of(program), Read.prompt("a short piece for " + name).programs(), name);
    }

    @Test
    void keepsPromptOrderAndLongestNames() {
        Read r = Read.prompt("electric piano, acoustic guitar, piano and cello");
        assertEquals(List.of(4, 25, 0, 42), r.programs());
        assertEquals(List.of("electric piano", "acoustic guitar", "piano", "cello"),
                r.explicitValue(SpecField.INSTRUMENTS).provenance().words());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "string quartet              | 40 40 41 42",
        "a piano trio                | 0 40 42",
        "brass quintet               | 56 56 60 57 58",
        "wind quintet                | 73 68 71 60 70",
        "woodwind quintet            | 73 68 71 60 70",
        "jazz trio                   | 0 32",
        "low strings and harp        | 42 43 46",
        "two violins and a viola     | 40 40 41"})
    void readsLineUps(String prompt, String programs) {
        List<Integer> expected = List.of(programs.split(" ")).stream().map(Integer::valueOf)
                .collect(Collectors.toList());
        assertEquals(expected, Read.prompt(prompt).programs());
    }

    @Test
    void jazzTrioIsAlsoJazz() {
        assertEquals("jazz", Read.prompt("a jazz trio").explicit(SpecField.GENRE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"drums", "percussion", "beats", "a drum kit", "pianist", "organic textures",
        "a basement party", "saxony", "harpoon", "fluted columns", "a violinist's dream",
        "a song about the seashore", "helicopter parents", "a bass drum"})
    void wordsThatAreNotPitchedInstruments(String prompt) {
        assertFalse(Read.prompt(prompt).has(SpecField.INSTRUMENTS), prompt);
    }

    @Test
    void excludedInstrumentsAreLeftOut() {
        Read r = Read.prompt("guitar and violin, no piano");
        assertEquals(List.of(25, 40), r.programs());
        assertFalse(Read.prompt("without piano").hasExplicit(SpecField.INSTRUMENTS));
        assertEquals(List.of(40), Read.prompt("no piano or drums, just violin").programs());
    }

    @Test
    void excludedInstrumentsLeaveTheGenreDefaultsToo() {
        Read r = Read.prompt("a pop song without piano");
        InstrumentList usual = r.inferred(SpecField.INSTRUMENTS);
        assertFalse(usual.instruments().stream().anyMatch(i -> i.program() == 0), usual::toString);
    }

    @Test
    void rolesComeFromTheWordsAround() {
        List<Instrument> list = Read.prompt("a cello bass line with piano chords and a violin melody")
                .<InstrumentList>explicit(SpecField.INSTRUMENTS).instruments();
        assertEquals(List.of(42, 0, 40), list.stream().map(Instrument::program).collect(Collectors.toList()));
        assertEquals(List.of(TrackRole.BASS, TrackRole.HARMONY, TrackRole.MELODY),
                list.stream().map(Instrument::role).collect(Collectors.toList()));
    }

    @Test
    void rolesNamedBeforeTheInstrument() {
        List<Instrument> list = Read.prompt("bass played by a cello, melody on flute, lead guitar")
                .<InstrumentList>explicit(SpecField.INSTRUMENTS).instruments();
        assertEquals(List.of(42, 73, 25), list.stream().map(Instrument::program).collect(Collectors.toList()));
        assertEquals(List.of(TrackRole.BASS, TrackRole.MELODY, TrackRole.MELODY),
                list.stream().map(Instrument::role).collect(Collectors.toList()));
    }

    @Test
    void noRoleWithoutRoleWords() {
        Instrument flute = Read.prompt("for flute and guitar").<InstrumentList>explicit(SpecField.INSTRUMENTS)
                .instruments().get(0);
        assertNull(flute.role());
        assertEquals("Flute", flute.name());
    }

    @Test
    void aSecondMentionIsTheSameInstrument() {
        List<Instrument> list = Read.prompt("flute and guitar, the flute plays the melody")
                .<InstrumentList>explicit(SpecField.INSTRUMENTS).instruments();
        assertEquals(2, list.size());
        assertEquals(TrackRole.MELODY, list.get(0).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a 3/4 piano waltz                 | 0",
        "a 6/8 guitar jig                  | 25",
        "a 1 minute 30 piano piece         | 0",
        "with 808 bass                     | 38",
        "twenty-four violins               | 40",
        "12 violins in unison              | 40",
        "nine cellos                       | 42",
        "play it at 1.5 flute speed        | 73"})
    void numbersThatAreNotSmallCountsGiveOneInstrument(String prompt, int program) {
        assertEquals(List.of(program), Read.prompt(prompt).programs(), prompt);
    }

    @Test
    void aMinuteAndThirtyIsALengthNotEightPianos() {
        Read r = Read.prompt("a 1 minute 30 piano piece");
        assertEquals(org.riffwire.api.spec.Length.ofSeconds(90), r.explicit(SpecField.LENGTH));
        assertEquals(List.of(0), r.programs());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "two violins                       | 40 40",
        "3 trumpets and a tuba             | 56 56 56 58",
        "eight cellos                      | 42 42 42 42 42 42 42 42",
        "a 3/4 waltz for two pianos        | 0 0"})
    void smallCountsRightBeforeTheInstrumentRepeatIt(String prompt, String programs) {
        List<Integer> expected = List.of(programs.split(" ")).stream().map(Integer::valueOf)
                .collect(Collectors.toList());
        assertEquals(expected, Read.prompt(prompt).programs());
    }

    @Test
    void aMandolinStandsInOnTheSteelGuitarUnderItsOwnName() {
        Read r = Read.prompt("a mandolin and acoustic guitar duet");
        List<Instrument> list = r.<InstrumentList>explicit(SpecField.INSTRUMENTS).instruments();
        assertEquals(2, list.size());
        assertEquals(25, list.get(0).program());
        assertEquals("Mandolin (steel guitar)", list.get(0).name());
        assertEquals(25, list.get(1).program());
        assertEquals(List.of("mandolin", "acoustic guitar"), r.explicitValue(SpecField.INSTRUMENTS).provenance().words());
        assertEquals(List.of(25), Read.prompt("no guitar, just mandolin").programs());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vocals and piano            | 53 0",
        "a singer with guitar        | 53 25",
        "a lone voice                | 53",
        "vocal melody over strings   | 53 48",
        "a bass voice and cello      | 53 42",
        "choir and organ             | 52 19",
        "four voices                 | 52 52 52 52"})
    void voicesAreVoiceOohsAndChoirsStayAahs(String prompt, String programs) {
        List<Integer> expected = List.of(programs.split(" ")).stream().map(Integer::valueOf)
                .collect(Collectors.toList());
        assertEquals(expected, Read.prompt(prompt).programs(), prompt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bodhran", "congas", "bongos", "tabla", "castanets", "cajon", "djembe", "tambourine",
        "shaker", "timbales", "cowbell", "hand drums"})
    void handPercussionAsksForDrumsNotAPitchedPart(String word) {
        Read r = Read.prompt("fiddle with " + word);
        assertEquals(List.of(40), r.programs(), word);
        assertEquals(true, r.explicit(SpecField.DRUMS), word);
    }

    @Test
    void rulingOutOneHandDrumStatesNothingOfDrumsButTheLineUpHasNone() {
        Read r = Read.prompt("no tambourine please, just piano");
        assertFalse(r.hasExplicit(SpecField.DRUMS), r::toString);
        assertEquals(false, r.inferred(SpecField.DRUMS), "the line-up, piano alone, has no drummer");
        assertEquals(List.of(0), r.programs());
    }

    @Test
    void aJazzTrioWithPianoBassAndDrumsHasOneUprightBass() {
        Read r = Read.prompt("a jazz trio: piano, bass and drums");
        assertEquals(List.of(0, 32), r.programs());
        assertEquals(true, r.explicit(SpecField.DRUMS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a rock song with guitar and bass               | 29 33",
        "a metal riff on electric guitar                | 30",
        "a punk song with guitars                       | 30",
        "rock music with an electric guitar             | 30",
        "a pop song with guitar and bass                | 27 33",
        "a funk groove on guitar                        | 27",
        "a pop song with electric guitar                | 27",
        "a jazz tune for guitar and bass                | 26 32",
        "a blues shuffle with bass and organ            | 32 16",
        "bossa nova for guitar and bass                 | 24 32",
        "a reggae tune with organ                       | 16",
        "a gospel song with organ                       | 16",
        "a hymn with organ                              | 19",
        "a folk song with guitar                        | 25",
        "a short piece for guitar, bass and organ       | 25 33 19",
        "a techno track with bass                       | 38"})
    void plainGuitarBassAndOrganSoundAsTheGenrePlaysThem(String prompt, String programs) {
        List<Integer> expected = List.of(programs.split(" ")).stream().map(Integer::valueOf)
                .collect(Collectors.toList());
        assertEquals(expected, Read.prompt(prompt).programs(), prompt);
    }

    @Test
    void rulingOutTheGuitarOfARockSongRulesOutItsRockGuitar() {
        InstrumentList usual = Read.prompt("a rock song without guitar").inferred(SpecField.INSTRUMENTS);
        assertFalse(usual.instruments().stream().anyMatch(i -> i.program() == 29), usual::toString);
    }
}

