// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;

/** A prompt is read through when every word that carries meaning is in some value's provenance. */
class UnreadWordsTest {
    private static final List<SpecPatch> RULES = List.of(SpecPatch.builder("keyword")
            .explicit(SpecField.TEMPO, 96.0, "at 96 bpm")
            .explicit(SpecField.TONIC, 2, "in D major")
            .explicit(SpecField.GENRE, "classical", "string quartet")
            .build());

    @Test
    void fillerWordsNeedNoReading() {
        assertTrue(UnreadWords.allRead("A string quartet in D major, at 96 bpm!", RULES));
    }

    @Test
    void aMoodWordNoRuleReadIsLeftForTheModel() {
        assertFalse(UnreadWords.allRead("a wistful string quartet in D major at 96 bpm", RULES));
        assertFalse(UnreadWords.allRead("the quiet grief of an empty house", List.of()));
    }
}
