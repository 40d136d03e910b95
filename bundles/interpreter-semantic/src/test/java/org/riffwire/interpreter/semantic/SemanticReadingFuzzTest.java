// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;

import org.riffwire.api.Prompt;
import org.riffwire.onnx.text.SentenceEmbedder;

/**
 * Coverage-guided fuzzing of the semantic interpreter's reading (bench/fuzz.sh runs it for longer), with the real
 * all-MiniLM-L6-v2 on ONNX Runtime: for any prompt text, the tokenizer, the embedding, the tag reading and the
 * mapping to spec values complete without an exception. The interpreter would turn one into an empty reading and
 * a status line, so every exception here is a prompt that silently lost its reading. Findings are kept under
 * {@code src/test/resources/…/SemanticReadingFuzzTestInputs/} and replayed by every build.
 */
class SemanticReadingFuzzTest {
    private static SentenceEmbedder embedder;
    private static Vocabulary vocabulary;

    private static synchronized void load() throws Exception {
        if (embedder == null) {
            embedder = new SentenceEmbedder(ClasspathModel.minilm());
            vocabulary = Vocabulary.load("fuzz", embedder::embed, null);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readsAnyText(@NotNull @WithUtf8Length(max = Prompt.MAX_LENGTH) String text) throws Exception {
        load();
        if (!text.isBlank()) {
            MusicalMapping.patch(Reading.of(embedder.embed(text), vocabulary));
        }
    }
}
