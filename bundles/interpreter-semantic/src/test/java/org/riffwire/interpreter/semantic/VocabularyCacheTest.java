// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vocabulary's vectors are cached, and a cache that is not what the model gives is never used. */
class VocabularyCacheTest {
    @TempDir
    Path cache;

    private final AtomicInteger embedded = new AtomicInteger();

    /** A stand-in model: a unit vector from the text's hash, the same every time. */
    private float[] embed(String text, int salt) {
        embedded.incrementAndGet();
        java.util.Random r = new java.util.Random(text.hashCode() * 31L + salt);
        float[] v = new float[8];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private Path cacheFile() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().startsWith("vectors-")).findFirst().orElseThrow();
        }
    }

    @Test
    void aSoundCacheIsUsedAndADamagedOrForeignOneIsRecomputed() throws Exception {
        Vocabulary.load("test-model", t -> embed(t, 0), cache);
        int all = embedded.get();
        assertTrue(all > 100, "the whole vocabulary is embedded once: " + all);

        embedded.set(0);
        Vocabulary.load("test-model", t -> embed(t, 0), cache);
        assertEquals(1, embedded.get(), "a sound cache costs one probe embedding");

        // A flipped value: no longer unit length.
        Path file = cacheFile();
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putFloat(8 + 4 * 20, 7f);
        Files.write(file, bytes);
        embedded.set(0);
        Vocabulary.load("test-model", t -> embed(t, 0), cache);
        assertEquals(all, embedded.get(), "found damaged while reading, before any probe, and recomputed");

        // Cut short.
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 1000));
        embedded.set(0);
        Vocabulary.load("test-model", t -> embed(t, 0), cache);
        assertEquals(all, embedded.get(), "a short file is not even probed");

        // Sound vectors, but not this model's (the file swapped for another's): the probe disagrees.
        embedded.set(0);
        Vocabulary.load("test-model", t -> embed(t, 1), cache);
        assertEquals(all + 1, embedded.get());
    }
}
