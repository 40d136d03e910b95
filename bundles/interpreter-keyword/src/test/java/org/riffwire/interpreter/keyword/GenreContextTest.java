// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.spec.SpecField;

/** Everyday words that can name a genre do so only where the words around them are about music. */
class GenreContextTest {

    @ParameterizedTest
    @ValueSource(strings = {"the quiet grief of an empty house", "a stone house by the sea",
        "a walk through the jungle", "trying to outrun the storm", "a medieval dance", "a dance of the fairies",
        "the march of time", "a country road at dusk", "a metal workshop", "the rock of ages",
        "a swing in the park", "on March 3rd, for piano", "a long march through the desert",
        "a country house by the lake", "a pop of colour", "caught in a trance", "the soul of the city",
        "an electronic toy", "a new age of discovery", "a folk tale about a fox", "a trap of lies",
        "a house number on the door"})
    void everydayNounsAreNotGenres(String prompt) {
        Read r = Read.prompt(prompt);
        assertFalse(r.has(SpecField.GENRE), r::toString);
        assertFalse(r.values(SpecField.INSTRUMENTS).stream().anyMatch(v -> !v.provenance().words().isEmpty()
                && v.strength() == org.riffwire.api.spec.Strength.INFERRED
                && v.provenance().confidence() >= GenreReader.INSTRUMENTS * GenreReader.SECONDARY), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "deep house at 124                  | house",
        "acid house                         | house",
        "tech house with a rolling bassline | house",
        "house music for a rooftop          | house",
        "hard rock                          | rock",
        "classic rock                       | rock",
        "a rock song                        | rock",
        "a rock anthem                      | rock",
        "heavy metal                        | metal",
        "death metal                        | metal",
        "a metal riff                       | metal",
        "country and western                | country",
        "a country song                     | country",
        "country fiddle and banjo           | country",
        "swing band                         | swing",
        "in a swing style                   | swing",
        "with a swing feel                  | swing",
        "a march for brass band             | march",
        "a military march                   | march",
        "a funeral march                    | march",
        "a 4/4 march                        | march",
        "march for brass                    | march",
        "a march                            | march",
        "a waltz                            | waltz",
        "a jungle track                     | drum and bass",
        "an outrun track                    | synthwave",
        "a dance track                      | house",
        "a pop song                         | pop",
        "k-pop                              | pop",
        "a folk tune                        | folk",
        "indie folk                         | folk",
        "soul music                         | r&b",
        "neo soul                           | r&b",
        "an uplifting trance anthem         | trance",
        "a trap beat                        | trap",
        "trap hi-hats                       | trap",
        "latin rhythms                      | salsa",
        "electronic music                   | house",
        "new age music                      | ambient",
        "jazz and rock                      | jazz",
        "reggae on the beach                | reggae",
        "techno in a warehouse              | techno",
        "bossa nova by the sea              | bossa nova",
        "lofi hip hop to study to           | lofi hip hop",
        "drum and bass in the city          | drum and bass"})
    void genreWordsInAMusicalContextAreGenres(String prompt, String id) {
        assertEquals(id, Read.prompt(prompt).explicit(SpecField.GENRE), prompt);
    }

    @Test
    void confirmedGenreWordsConfirmTheirNeighbours() {
        Read r = Read.prompt("rock and pop songs");
        assertEquals("rock", r.explicit(SpecField.GENRE));
        assertEquals("pop", r.inferred(SpecField.GENRE));
        Read folkRock = Read.prompt("a folk rock song");
        assertEquals("folk", folkRock.explicit(SpecField.GENRE));
        assertEquals("rock", folkRock.inferred(SpecField.GENRE));
    }

    @Test
    void aWholePromptOfOneGenreWordIsThatGenre() {
        assertEquals("house", Read.prompt("dance").explicit(SpecField.GENRE));
        assertEquals("drum and bass", Read.prompt("some jungle").explicit(SpecField.GENRE));
        assertEquals("swing", Read.prompt("swing").explicit(SpecField.GENRE));
        // A genre word before "dance" makes it that genre's dance, not dance music.
        Read folkDance = Read.prompt("a folk dance");
        assertEquals("folk", folkDance.explicit(SpecField.GENRE));
        assertEquals(1, folkDance.values(SpecField.GENRE).size(), folkDance::toString);
    }

    @Test
    void theBluesScaleIsNotTheBlues() {
        assertFalse(Read.prompt("improvise over the E blues scale").has(SpecField.GENRE));
        assertEquals("blues", Read.prompt("a slow blues in E").explicit(SpecField.GENRE));
    }
}
