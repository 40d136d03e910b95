// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void repeatedOutputsSeedPipelineAndPromptWords() throws Exception {
        CommandLine.Options o = CommandLine.Options.parse("generate",
                List.of("--seed", "42", "-o", "a.mid", "-p", "lofi", "-o", "b.mid", "--json", "a", "calm", "waltz"), true);
        assertEquals(42L, o.seed);
        assertEquals(List.of(Path.of("a.mid"), Path.of("b.mid")), o.outputs);
        assertEquals("lofi", o.pipeline);
        assertTrue(o.json);
        assertEquals("a calm waltz", o.text);
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        assertEquals("-o is a word here", CommandLine.Options.parse("interpret",
                List.of("--", "-o", "is", "a", "word", "here"), false).text);
    }

    @Test
    void badUsageSaysWhatIsWrong() {
        CommandLine.UsageException missing = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("generate", List.of("-o"), true));
        assertTrue(missing.getMessage().contains("-o needs a value"));
        assertThrows(CommandLine.UsageException.class, () -> CommandLine.Options.parse("generate", List.of(), true));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("interpret", List.of("-o", "x.mid", "a song"), false));
        CommandLine.UsageException seed = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("generate", List.of("--seed", "1.5", "x"), true));
        assertTrue(seed.getMessage().contains("1.5"));
    }

    @Test
    void attachmentsAreCheckedBeforeAnyWork(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        CommandLine.UsageException missing = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("generate", List.of("--image", dir.resolve("missing.png").toString(), "a waltz"), true));
        assertEquals("--image " + dir.resolve("missing.png") + ": no such file", missing.getMessage());
        java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("generate", List.of("--image", text.toString(), "a waltz"), true));
        java.nio.file.Path png = java.nio.file.Files.write(dir.resolve("dot.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        CommandLine.Options picture = CommandLine.Options.parse("generate", List.of("--image", png.toString()), true);
        assertEquals("", picture.prompt().text(), "the text may be empty when an image is given");
        assertEquals("image/png", picture.prompt().attachments().get(0).mediaType());
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("generate", List.of("--strength", "0.5", "a waltz"), true));
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.Options.parse("generate", List.of("--init", png.toString(), "--strength", "1.5", "x"), true));
        assertEquals(0.5, CommandLine.Options.parse("generate", List.of("--init", png.toString(), "--strength", "0.5", "x"), true)
                .prompt().initStrength().getAsDouble());
    }
}
