// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.spec.Reading;
import org.riffwire.api.spec.SpecPatch;

class MappingTest {
    private static List<Tag> tags() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Tag.class.getResourceAsStream("tags.tsv"), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isBlank()).map(Tag::parse).toList();
        }
    }

    @Test
    void everyTagParsesAndNamesOnlyKnownGenres() throws Exception {
        assertEquals(359, tags().size());
    }

    @Test
    void aTagsRegisterLeansThePieceThatWay() throws Exception {
        for (Tag tag : tags()) {
            SpecPatch patch = MusicalMapping.patch(new org.riffwire.interpreter.semantic.Reading(
                    List.of(new org.riffwire.interpreter.semantic.Reading.Scored(tag, 0.6)), 0, 0));
            java.util.Optional<Double> register = patch.values().stream()
                    .filter(v -> v.field() == org.riffwire.api.spec.SpecField.REGISTER).map(v -> (Double) v.value())
                    .findFirst();
            switch (tag.register()) {
                case "high" -> assertEquals(0.5, register.orElseThrow(), tag.name());
                case "low" -> assertEquals(-0.5, register.orElseThrow(), tag.name());
                default -> assertTrue(register.isEmpty(), tag.name());
            }
            SpecPatch passing = MusicalMapping.patch(new org.riffwire.interpreter.semantic.Reading(
                    List.of(new org.riffwire.interpreter.semantic.Reading.Scored(tag, 0.5)), 0, 0));
            assertTrue(passing.values().stream().noneMatch(v -> v.field() == org.riffwire.api.spec.SpecField.REGISTER),
                    "a passing likeness leans nothing: " + tag.name());
        }
    }

    @Test
    void theReadingReachesGeneratorsAsNumbers() throws Exception {
        Tag lofi = tags().stream().filter(t -> t.name().equals("lofi hip hop")).findFirst().orElseThrow();
        SpecPatch patch = MusicalMapping.patch(new org.riffwire.interpreter.semantic.Reading(
                List.of(new org.riffwire.interpreter.semantic.Reading.Scored(lofi, 0.62)), -0.25, -0.5));
        assertTrue(patch.readings().contains(new Reading("semantic", "tag", "lofi hip hop", 0.62)), patch.readings().toString());
        assertTrue(patch.readings().contains(new Reading("semantic", "valence", "", -0.25)));
        assertTrue(patch.readings().contains(new Reading("semantic", "arousal", "", -0.5)));
    }
}
