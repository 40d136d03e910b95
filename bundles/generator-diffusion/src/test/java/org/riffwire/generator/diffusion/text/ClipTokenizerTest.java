// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.riffwire.onnx.api.Json;

/**
 * Against Hugging Face: {@code clip/} holds OpenAI CLIP's vocabulary and merges (from open_clip's
 * bpe_simple_vocab_16e6, MIT) in an export's layout, and the ids transformers' CLIP tokenizer gives for sixteen
 * varied texts (accents, CJK, emoji, contractions, digits, whitespace, an over-long text, the empty text), written by
 * {@code scripts/clip-tokenizer-reference.py}.
 */
class ClipTokenizerTest {
    private static String resource(String name) throws Exception {
        try (InputStream in = ClipTokenizerTest.class.getResourceAsStream("/org/riffwire/generator/diffusion/clip/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void givesHuggingFacesIdsOnEveryReferenceText() throws Exception {
        ClipTokenizer tokenizer = ClipTokenizer.of(resource("vocab.json"), resource("merges.txt"));
        int checked = 0;
        for (String line : resource("reference-ids.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            String text = (String) Json.parse(columns[0], "a reference text");
            int[] expected = Arrays.stream(columns[1].split(" ")).mapToInt(Integer::parseInt).toArray();
            assertArrayEquals(expected, tokenizer.encode(text), text);
            checked++;
        }
        assertEquals(16, checked);
    }

    @Test
    void aFileThatIsNotAClipVocabularyIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClipTokenizer.of("{\"a\": 1}", "#version: 0.2\na b\n"));
        assertEquals("the vocabulary has no '<|startoftext|>': not a CLIP tokenizer", e.getMessage());
    }
}
