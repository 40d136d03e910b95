// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Attachment;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;

class SmallPartsTest {
    @Test
    void seedsAreStableAndIgnoreSurroundingSpace() {
        assertEquals(Seeds.fromPrompt("a waltz"), Seeds.fromPrompt("  a waltz\n"));
        assertNotEquals(Seeds.fromPrompt("a waltz"), Seeds.fromPrompt("a waltz!"));
        assertTrue(Seeds.fromPrompt("anything") >= 0);
        assertEquals(Seeds.fromPrompt("a waltz"), Seeds.of(Prompt.of("a waltz")), "a text prompt keeps the seed it had");
        Prompt sea = Prompt.builder().attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "a.png", new byte[] {1})).build();
        Prompt sky = Prompt.builder().attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "a.png", new byte[] {2})).build();
        assertNotEquals(Seeds.of(sea), Seeds.of(sky), "two pictures, two seeds");
    }

    @Test
    void pipelineFiltersEscapeNames() {
        var props = PipelineProperties.of("p", List.of("keyword", "a*b"), "gen(x)");
        assertEquals("(|(riffwire.name=keyword)(riffwire.name=a\\*b))", props.get("interpreters.target"));
        assertEquals("(riffwire.name=gen\\(x\\))", props.get("generator.target"));
        assertEquals(2, props.get("interpreters.cardinality.minimum"));
    }

    @Test
    void promptsAreValidated() throws Exception {
        assertThrows(InvalidPromptException.class, () -> RequestValidation.prompt(Prompt.of(" \n\t")));
        InvalidPromptException huge = assertThrows(InvalidPromptException.class,
                () -> RequestValidation.prompt(Prompt.of("x".repeat(4097))));
        assertTrue(huge.getMessage().contains("4097"));
        assertEquals("a waltz", RequestValidation.prompt(Prompt.of("  a waltz ")).text());
    }

    @Test
    void anImageMayStandForTheText() throws Exception {
        Prompt picture = Prompt.builder().attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "sea.png", new byte[] {1}))
                .build();
        assertEquals("", RequestValidation.prompt(picture).text());
        Prompt onlyInit = Prompt.builder().attach(new Attachment(Attachment.Kind.INIT_AUDIO, "audio/wav", "a.wav", new byte[] {1}))
                .build();
        assertThrows(InvalidPromptException.class, () -> RequestValidation.prompt(onlyInit));
    }

    @Test
    void attachmentsOverTheCapAreRefusedByName() {
        Prompt big = Prompt.builder().text("a waltz").attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "huge.png",
                new byte[Attachment.MAX_BYTES + 1])).build();
        InvalidPromptException e = assertThrows(InvalidPromptException.class, () -> RequestValidation.prompt(big));
        assertTrue(e.getMessage().startsWith("huge.png is 16.0 MiB"), e.getMessage());
    }

    @Test
    void overridesAreExplicitAndCheckedLikeSettings() throws Exception {
        SpecPatch patch = RequestValidation.overrides(Prompt.builder().text("x").override("tempo", "90").build(), Set.of());
        assertEquals(Strength.EXPLICIT, patch.values().get(0).provenance().strength());
        InvalidPromptException e = assertThrows(InvalidPromptException.class,
                () -> RequestValidation.overrides(Prompt.builder().text("x").override("tempo", "fast").build(), Set.of()));
        assertEquals("override tempo=fast is not a number", e.getMessage());
        // A generator's own options are not spec values: they pass by, and other keys are named with both lists.
        Prompt withSteps = Prompt.builder().text("x").override("steps", "20").override("tempo", "90").build();
        assertEquals(1, RequestValidation.overrides(withSteps, Set.of("steps")).values().size());
        InvalidPromptException unknown = assertThrows(InvalidPromptException.class,
                () -> RequestValidation.overrides(Prompt.builder().text("x").override("stepz", "2").build(), Set.of("steps")));
        assertEquals("override stepz=2 is not a setting; settings are tempo, key, meter, length, drums, genre, dynamics, "
                + "and the generator's steps", unknown.getMessage());
    }

    @Test
    void defaultOutputIsASlugUnderOutAndFollowsWhatTheGeneratorMakes() {
        assertEquals(Path.of("out", "a-waltz-in-a-minor-at-90-bpm.mid"),
                DefaultOutput.of(Prompt.of("A waltz in A minor, at 90 bpm!"), Produces.SCORE));
        assertEquals(Path.of("out", "a-drone.wav"), DefaultOutput.of(Prompt.of("a drone"), Produces.AUDIO));
        assertEquals(Path.of("out", "piece.mid"), DefaultOutput.of(Prompt.of("♪♪♪"), Produces.BOTH));
        assertTrue(DefaultOutput.of(Prompt.of("word ".repeat(40)), Produces.SCORE).getFileName().toString().length() <= 52);
        Prompt picture = Prompt.builder().attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "Sunset.PNG", new byte[] {1}))
                .build();
        assertEquals(Path.of("out", "sunset.mid"), DefaultOutput.of(picture, Produces.SCORE));
    }

    @Test
    void settingsSplitOnlyWhereANewKeyFollowsAndNumbersMustBeNumbers() {
        assertEquals(java.util.Map.of("to_prompt", "lo-fi beat, rain", "steps", "20"),
                org.riffwire.core.api.SettingsText.parse("to_prompt=lo-fi beat, rain,steps=20"));
        assertThrows(IllegalArgumentException.class, () -> org.riffwire.core.api.SettingsText.parse("steps"));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> PipelineSettings.patch("p", java.util.Map.of("tempo", "NaN")));
        assertEquals("setting tempo=NaN must be 20–400 bpm", nan.getMessage());
    }
}
