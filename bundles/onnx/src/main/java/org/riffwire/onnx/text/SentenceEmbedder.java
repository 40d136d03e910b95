// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Sentence embeddings as the all-MiniLM-L6-v2 model card prescribes: the mean of the token vectors over the
 * attention mask, L2-normalised, so that a dot product is the cosine similarity.
 */
public final class SentenceEmbedder {
    private final OnnxModel model;
    private final WordPieceTokenizer tokenizer;

    public SentenceEmbedder(OnnxModel model) throws IOException {
        this.model = model;
        try (InputStream in = model.resource("tokenizer")) {
            this.tokenizer = WordPieceTokenizer.fromTokenizerJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Embeds texts one at a time. Never in batches: the quantized model scales its activations over the whole
     * batch, so a text's embedding would depend on its company (a cosine of about 0.98 to itself alone, measured),
     * and the same prompt must always give the same embedding.
     */
    public List<float[]> embed(List<String> texts) throws OrtException, ModelUnavailableException {
        List<float[]> out = new ArrayList<>();
        for (String text : texts) {
            out.add(embed(text));
        }
        return out;
    }

    public float[] embed(String text) throws OrtException, ModelUnavailableException {
        long[] encoded = tokenizer.encode(text);
        long[][] ids = {encoded};
        long[][] mask = new long[1][encoded.length];
        java.util.Arrays.fill(mask[0], 1);
        long[][] types = new long[1][encoded.length];
        List<String> inputs = model.descriptor().inputs();
        String output = model.descriptor().outputs().isEmpty() ? null : model.descriptor().outputs().get(0);
        float[][][] hidden = model.run((env, session) -> {
            // Feed the inputs the model's descriptor names (BERT-style models take ids, mask and token types;
            // others only some of them), and read the output it names.
            Map<String, OnnxTensor> feed = new java.util.LinkedHashMap<>();
            try {
                for (String name : inputs.isEmpty() ? List.of("input_ids", "attention_mask", "token_type_ids") : inputs) {
                    long[][] values = switch (name) {
                        case "input_ids" -> ids;
                        case "attention_mask" -> mask;
                        case "token_type_ids" -> types;
                        default -> throw new OrtException("a sentence-embedding model input named " + name
                                + " is not one this interpreter can feed (input_ids, attention_mask, token_type_ids)");
                    };
                    feed.put(name, OnnxTensor.createTensor(env, values));
                }
                try (OrtSession.Result r = session.run(feed)) {
                    Object value = (output == null ? r.get(0) : r.get(output).orElse(r.get(0))).getValue();
                    return (float[][][]) value;
                }
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        });
        return meanPool(hidden[0], encoded.length);
    }

    public static float[] meanPool(float[][] tokens, int length) {
        float[] sum = new float[tokens[0].length];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        double norm = 0;
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= length;
            norm += sum[d] * sum[d];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= norm;
            }
        }
        return sum;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
