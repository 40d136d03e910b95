// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of the ABC parser (bench/fuzz.sh runs it for longer): whatever the text, it returns a
 * tune or throws {@link AbcSyntaxException}. Any other exception, a hang or running out of memory is a finding;
 * each one found is kept under {@code src/test/resources/…/AbcParserFuzzTestInputs/} and replayed by every build.
 */
class AbcParserFuzzTest {
    private final AbcParser parser = new AbcParser();

    @FuzzTest(maxDuration = "10s")
    void parsesOrRefuses(@NotNull String text) {
        try {
            parser.parse(text);
        } catch (AbcSyntaxException expected) {
            // A clear refusal is the contract.
        }
    }
}
