// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The tags and the valence/arousal anchor phrases with their embeddings. Embedding them takes about a second, so
 * the vectors are cached on disk, keyed by the model and the exact vocabulary, and computed only when that key
 * is new.
 */
final class Vocabulary {
    record Anchor(String phrase, double valence, double arousal) {
    }

    final List<Tag> tags;
    final List<Anchor> anchors;
    final List<float[]> tagVectors;
    final List<float[]> anchorVectors;

    private Vocabulary(List<Tag> tags, List<Anchor> anchors, List<float[]> tagVectors, List<float[]> anchorVectors) {
        this.tags = tags;
        this.anchors = anchors;
        this.tagVectors = tagVectors;
        this.anchorVectors = anchorVectors;
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null) {
                throw new IOException("empty resource " + resource);
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    /**
     * @param embed embeds one text
     * @param cacheFolder where vectors are kept between runs, or null for none
     */
    static Vocabulary load(String modelKey, EmbeddingFunction embed, Path cacheFolder) throws Exception {
        List<Tag> tags = lines("tags.tsv").stream().map(Tag::parse).toList();
        List<Anchor> anchors = new ArrayList<>();
        for (String line : lines("anchors.tsv")) {
            String[] c = line.split("\t");
            anchors.add(new Anchor(c[0].strip(), Double.parseDouble(c[1].strip()), Double.parseDouble(c[2].strip())));
        }
        List<String> texts = new ArrayList<>();
        tags.forEach(t -> texts.add(t.text()));
        anchors.forEach(a -> texts.add(a.phrase()));
        List<float[]> vectors = cached(cacheFolder, key(modelKey, texts), texts.size(), () -> {
            List<float[]> computed = new ArrayList<>();
            for (String text : texts) {
                computed.add(embed.apply(text));
            }
            return computed;
        }, () -> embed.apply(texts.get(0)));
        return new Vocabulary(tags, List.copyOf(anchors), vectors.subList(0, tags.size()),
                vectors.subList(tags.size(), vectors.size()));
    }

    /** Embeds one text; may fail as the model does. */
    @FunctionalInterface
    interface EmbeddingFunction {
        float[] apply(String text) throws Exception;
    }

    @FunctionalInterface
    private interface Computation {
        List<float[]> compute() throws Exception;

        /** One vector computed now, to check a cache against. */
        @FunctionalInterface
        interface One {
            float[] compute() throws Exception;
        }
    }

    private static boolean agrees(float[] cached, float[] fresh) {
        if (cached.length != fresh.length) {
            return false;
        }
        double dot = 0;
        for (int i = 0; i < cached.length; i++) {
            dot += (double) cached[i] * fresh[i];
        }
        return dot > 0.999;
    }

    private static String key(String modelKey, List<String> texts) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(modelKey.getBytes(StandardCharsets.UTF_8));
        for (String t : texts) {
            sha.update((byte) 0);
            sha.update(t.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
    }

    /**
     * The vectors from the cache when it holds exactly what this model would compute, else computed (and cached).
     * A cache is a file anyone may have damaged or swapped: it must be exactly as long as its counts say, every
     * vector finite and of unit length (the model's vectors are normalised), and its first vector the one the
     * model gives now for the first text (one embedding, about 2 ms).
     */
    private static List<float[]> cached(Path folder, String key, int count, Computation computation,
            Computation.One probe) throws Exception {
        Path file = folder == null ? null : folder.resolve("vectors-" + key + ".bin");
        if (file != null && Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                int dimensions = in.readInt();
                if (n == count && dimensions > 0 && dimensions <= 4096
                        && Files.size(file) == 8L + 4L * n * dimensions) {
                    List<float[]> out = new ArrayList<>();
                    boolean sound = true;
                    for (int i = 0; i < n && sound; i++) {
                        float[] v = new float[dimensions];
                        double norm = 0;
                        for (int d = 0; d < dimensions; d++) {
                            v[d] = in.readFloat();
                            norm += (double) v[d] * v[d];
                        }
                        sound = Double.isFinite(norm) && Math.abs(Math.sqrt(norm) - 1) < 1e-3;
                        out.add(v);
                    }
                    if (sound && agrees(out.get(0), probe.compute())) {
                        return out;
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // A damaged cache is recomputed below.
            }
        }
        List<float[]> vectors = computation.compute();
        if (file != null) {
            Path temp = null;
            try {
                Files.createDirectories(folder);
                temp = Files.createTempFile(folder, "vectors", ".part");
                try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(temp)))) {
                    out.writeInt(vectors.size());
                    out.writeInt(vectors.get(0).length);
                    for (float[] v : vectors) {
                        for (float f : v) {
                            out.writeFloat(f);
                        }
                    }
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException cannotCache) {
                // Without a cache the vocabulary is embedded again next time; nothing else is lost.
                if (temp != null) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // A stray .part file in the cache folder is harmless.
                    }
                }
            }
        }
        return vectors;
    }

}
