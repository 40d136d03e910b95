// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.ModelUnavailableException;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/** The real all-MiniLM-L6-v2 model (from its Maven Central artifact) run by ONNX Runtime. */
class LoadedModelTest {
    private static final ModelDescriptor MINILM = new ModelDescriptor("all-minilm-l6-v2-q", "test",
            "sentence-embedding", "test classpath", List.of("input_ids", "attention_mask", "token_type_ids"),
            List.of("last_hidden_state"), "Apache-2.0", Map.of("tokenizer", "all-minilm-l6-v2-q-tokenizer.json"));

    private static ModelSource classpath(String modelFile) {
        return new ModelSource() {
            @Override
            public byte[] model(String part) throws IOException {
                try (InputStream in = open(modelFile)) {
                    return in.readAllBytes();
                }
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                InputStream in = LoadedModelTest.class.getResourceAsStream("/" + fileName);
                if (in == null) {
                    throw new IOException("no " + fileName);
                }
                return in;
            }
        };
    }

    private static float[][][] embedTokens(LoadedModel model, long[] ids) throws Exception {
        return model.run((env, session) -> {
            long[][] input = {ids};
            long[][] mask = {new long[ids.length]};
            java.util.Arrays.fill(mask[0], 1);
            long[][] types = {new long[ids.length]};
            try (OnnxTensor a = OnnxTensor.createTensor(env, input); OnnxTensor b = OnnxTensor.createTensor(env, mask);
                    OnnxTensor c = OnnxTensor.createTensor(env, types);
                    OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
                return (float[][][]) r.get(0).getValue();
            }
        });
    }

    @Test
    void runsTheSentenceEmbeddingModel() throws Exception {
        LoadedModel model = new LoadedModel(MINILM, classpath("all-minilm-l6-v2-q.onnx"), SessionSettings.DEFAULT, OrtEnvironment::getEnvironment);
        assertEquals("not loaded yet", model.status());
        // [CLS] hello world [SEP] in the model's WordPiece vocabulary.
        float[][][] out = embedTokens(model, new long[] {101, 7592, 2088, 102});
        assertEquals(1, out.length);
        assertEquals(4, out[0].length);
        assertEquals(384, out[0][0].length);
        for (float v : out[0][1]) {
            assertTrue(Float.isFinite(v));
        }
        assertTrue(model.status().startsWith("ready (loaded once, in "), model.status());
        try (InputStream tokenizer = model.resource("tokenizer")) {
            assertTrue(new String(tokenizer.readNBytes(200), StandardCharsets.UTF_8).contains("{"));
        }
        float[][][] again = embedTokens(model, new long[] {101, 7592, 2088, 102});
        assertEquals(out[0][1][0], again[0][1][0], 0.0, "a session gives the same numbers every time");
        model.close();
        assertThrows(ModelUnavailableException.class, () -> embedTokens(model, new long[] {101, 102}));
    }

    @Test
    void aCorruptModelIsReportedNotThrownAsAnything() throws Exception {
        ModelSource garbage = new ModelSource() {
            @Override
            public byte[] model(String part) {
                return "this is not an onnx model".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                throw new IOException("no " + fileName);
            }
        };
        LoadedModel model = new LoadedModel(MINILM, garbage, SessionSettings.DEFAULT, OrtEnvironment::getEnvironment);
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class, () -> embedTokens(model, new long[] {101}));
        assertTrue(e.getMessage().contains("cannot be loaded"), e.getMessage());
        assertTrue(model.status().startsWith("unusable"), model.status());
    }

    @Test
    void closingWaitsForTheCallInFlight() throws Exception {
        LoadedModel model = new LoadedModel(MINILM, classpath("all-minilm-l6-v2-q.onnx"), SessionSettings.DEFAULT, OrtEnvironment::getEnvironment);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean sessionUsable = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                model.run((env, session) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    sessionUsable.set(session.getInputNames().contains("input_ids"));
                    return null;
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        caller.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Thread closer = new Thread(model::close);
        closer.start();
        closer.join(300);
        assertTrue(closer.isAlive(), "close waits while a call is in flight");
        release.countDown();
        caller.join(10_000);
        closer.join(10_000);
        assertFalse(closer.isAlive());
        assertTrue(sessionUsable.get(), "the call finished on an open session");
        assertEquals("removed", model.status());
    }

    @Test
    void descriptors() {
        Descriptors.Parsed p = Descriptors.parse("""
                {"name": "m", "version": "2", "kind": "sentence-embedding", "inputs": ["a", "b"],
                 "outputs": [], "resources": {"tokenizer": "t.json"}}""", "test");
        assertEquals("m.onnx", p.file());
        assertEquals(List.of("a", "b"), p.descriptor().inputs());
        assertEquals("t.json", p.descriptor().resources().get("tokenizer"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Descriptors.parse("{\"name\": \"m\"}", "folder x"));
        assertTrue(missing.getMessage().contains("version") && missing.getMessage().contains("folder x"));
        assertThrows(IllegalArgumentException.class, () -> Descriptors.parse("{\"name\": ", "x"));
        assertThrows(IllegalArgumentException.class, () -> Descriptors.parse("not json", "x"));
        assertEquals(SessionSettings.DEFAULT, p.session());
        Descriptors.Parsed tuned = Descriptors.parse("""
                {"name": "m", "version": "2", "kind": "melody", "session": {"optimise": true, "threads": 1}}""", "test");
        assertEquals(new SessionSettings(true, 1), tuned.session());
        assertEquals(1, tuned.session().threadsOn(16));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Descriptors.parse("""
                {"name": "m", "version": "2", "kind": "melody", "session": {"threads": "one"}}""", "test"))
                .getMessage().contains("\"threads\" (a number)"));
    }
}
