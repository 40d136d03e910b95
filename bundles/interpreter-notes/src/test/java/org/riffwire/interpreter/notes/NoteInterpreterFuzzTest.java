// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;

/**
 * Coverage-guided fuzzing of the note-level interpreter (bench/fuzz.sh runs it for longer): for any prompt of the
 * length a prompt may have, it returns a patch or refuses with {@link InvalidPromptException}. Findings are kept
 * under {@code src/test/resources/…/NoteInterpreterFuzzTestInputs/} and replayed by every build.
 */
class NoteInterpreterFuzzTest {
    private final NoteInterpreter interpreter = new NoteInterpreter();

    @FuzzTest(maxDuration = "10s")
    void readsOrRefuses(@NotNull @WithUtf8Length(max = Prompt.MAX_LENGTH) String text) {
        try {
            interpreter.interpret(Prompt.of(text));
        } catch (InvalidPromptException expected) {
            // A clear refusal is the contract.
        }
    }
}
