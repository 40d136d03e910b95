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
        assertEquals("a calm waltz", o.prompt);
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        assertEquals("-o is a word here", CommandLine.Options.parse("interpret",
                List.of("--", "-o", "is", "a", "word", "here"), false).prompt);
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
}
