// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import org.riffwire.onnx.text.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the embedding of a prompt says: the nearest tags with their similarities, and a valence and arousal
 * estimated from the nearest anchor phrases (each weighted by how much nearer it is than the others).
 */
record Reading(List<Scored> tags, double valence, double arousal) {
    /** Tags at or above this cosine similarity count; below it the prompt is not about them. */
    static final double TAG_THRESHOLD = 0.30;
    static final int TOP_TAGS = 3;
    private static final int TOP_ANCHORS = 8;
    /** Softmax temperature over anchor similarities: the nearest anchors dominate, the next ones still count. */
    private static final double TEMPERATURE = 0.1;
    /**
     * The tags' own valence and arousal count at half weight: the tag vocabulary leans joyful (192 of 359 tags),
     * the anchors are balanced across the quadrants. Chosen, with the temperature, on the labelled prompts:
     * mood accuracy 74% with tags at full weight and temperature 0.05, 80% with these values.
     */
    private static final double TAG_WEIGHT = 0.5;

    record Scored(Tag tag, double similarity) {
    }

    static Reading of(float[] prompt, Vocabulary vocabulary) {
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < vocabulary.tags.size(); i++) {
            scored.add(new Scored(vocabulary.tags.get(i), SentenceEmbedder.cosine(prompt, vocabulary.tagVectors.get(i))));
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed());
        List<Scored> top = scored.stream().limit(TOP_TAGS).filter(s -> s.similarity() >= TAG_THRESHOLD).toList();

        List<double[]> anchors = new ArrayList<>(); // similarity, valence, arousal
        for (int i = 0; i < vocabulary.anchors.size(); i++) {
            Vocabulary.Anchor a = vocabulary.anchors.get(i);
            anchors.add(new double[] {SentenceEmbedder.cosine(prompt, vocabulary.anchorVectors.get(i)), a.valence(), a.arousal()});
        }
        anchors.sort(Comparator.comparingDouble((double[] a) -> a[0]).reversed());
        double best = anchors.isEmpty() ? 0 : anchors.get(0)[0];
        double weights = 0;
        double valence = 0;
        double arousal = 0;
        for (double[] a : anchors.subList(0, Math.min(TOP_ANCHORS, anchors.size()))) {
            double w = Math.exp((a[0] - best) / TEMPERATURE);
            weights += w;
            valence += w * a[1];
            arousal += w * a[2];
        }
        for (Scored s : top) {
            double w = TAG_WEIGHT * s.similarity();
            weights += w;
            valence += w * s.tag().valence();
            arousal += w * s.tag().arousal();
        }
        return new Reading(top, weights == 0 ? 0 : valence / weights, weights == 0 ? 0 : arousal / weights);
    }
}
