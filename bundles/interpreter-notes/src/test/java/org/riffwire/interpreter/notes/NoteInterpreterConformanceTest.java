// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.List;

import org.riffwire.api.PromptInterpreter;
import org.riffwire.testkit.InterpreterConformance;

/** The note-level interpreter against the SDK's interpreter contract. */
class NoteInterpreterConformanceTest extends InterpreterConformance {
    @Override
    protected PromptInterpreter interpreter() {
        return new NoteInterpreter();
    }

    @Override
    protected List<String> samplePrompts() {
        return List.of("a folk song that only uses A, B, C#, F#, and G", "pentatonic in A minor",
                "play the notes C D E F G A B C", "the melody only uses E G B D");
    }
}
