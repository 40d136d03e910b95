// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import org.riffwire.onnx.text.SentenceEmbedder;
import org.riffwire.onnx.text.WordPieceTokenizer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

class TokenizerAndEmbedderTest {

    private static String tokenizerJson() throws Exception {
        try (InputStream in = TokenizerAndEmbedderTest.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Our tokenizer gives the same ids as HuggingFace's (through DJL) on prompts of every kind. */
    @Test
    void sameTokensAsTheHuggingFaceTokenizer() throws Exception {
        WordPieceTokenizer ours = WordPieceTokenizer.fromTokenizerJson(tokenizerJson());
        Path file = Files.createTempFile("tokenizer", ".json");
        Files.writeString(file, tokenizerJson());
        List<String> texts = new ArrayList<>(List.of(
                "a gentle folk song that only uses A, B, C#, F#, and G, at 100 bpm",
                "The quiet grief of an empty house.", "A car chase through neon streets!!!",
                "Café del Mar – chill-out at sunset (2003 remix)", "naïve résumé coöperate", "東京の夜 night drive",
                "lofi hip-hop beats to study/relax to", "   spaces\tand\nnewlines  ", "", "x".repeat(150),
                "supercalifragilisticexpialidocious antidisestablishmentarianism", "ABC: |: GABc dedB :|",
                "emoji 🎵🎶 and symbols ♯ ♭ ≈ ±", "don't stop me now, I'm havin' such a good time",
                "word ".repeat(200)));
        try (HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(file)) {
            for (String text : texts) {
                Encoding expected = reference.encode(text);
                assertArrayEquals(expected.getIds(), ours.encode(text), "tokens of \"" + text + "\"");
            }
        }
    }

    @Test
    void embeddingsAreUnitLengthPinnedAndMeaningful() throws Exception {
        SentenceEmbedder embedder = new SentenceEmbedder(ClasspathModel.minilm());
        float[] sad = embedder.embed("a sad song about losing someone");
        float[] grief = embedder.embed("the quiet grief of an empty house");
        float[] party = embedder.embed("a wild dance party with loud drums");
        double norm = 0;
        for (float v : sad) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-5);
        assertEquals(384, sad.length);
        assertTrue(SentenceEmbedder.cosine(sad, grief) > SentenceEmbedder.cosine(sad, party),
                "grief is nearer to sadness than a party is");
        // Pinned: the first values of one embedding, so a change of model, tokenizer or pooling shows.
        float[] pinned = embedder.embed("hello world");
        float[] expected = PinnedEmbedding.HELLO_WORLD;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], pinned[i], 1e-4, "dimension " + i);
        }
        List<float[]> batch = embedder.embed(List.of("hello world", "a sad song about losing someone", "goodbye moon"));
        assertEquals(1.0, SentenceEmbedder.cosine(batch.get(0), pinned), 1e-4, "a text embeds the same in a batch");
        assertEquals(1.0, SentenceEmbedder.cosine(batch.get(1), sad), 1e-4);
    }
}
