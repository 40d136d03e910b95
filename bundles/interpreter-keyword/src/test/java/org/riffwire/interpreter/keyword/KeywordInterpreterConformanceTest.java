// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.List;

import org.riffwire.api.PromptInterpreter;
import org.riffwire.testkit.InterpreterConformance;

/** The keyword interpreter against the SDK's interpreter contract. */
class KeywordInterpreterConformanceTest extends InterpreterConformance {
    @Override
    protected PromptInterpreter interpreter() {
        return new KeywordInterpreter();
    }

    @Override
    protected List<String> samplePrompts() {
        return List.of("a gentle folk song at 100 bpm, 20 seconds, for flute and acoustic guitar",
                "a waltz in A minor for piano and cello, 16 bars", "lofi hip hop beat in F#m at 84bpm",
                "a string quartet in D major", "drum and bass at 174 bpm with no piano");
    }
}
