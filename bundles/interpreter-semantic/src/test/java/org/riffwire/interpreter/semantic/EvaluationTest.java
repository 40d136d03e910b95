// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

import org.riffwire.onnx.text.SentenceEmbedder;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Mood and style accuracy on the labelled prompts (src/test/resources/eval), for this interpreter and for the
 * Mubert-style baseline: the same model, the prompt's 3 nearest of Mubert's 213 tags, mapped to the same style
 * families and mood quadrants. Prints both, side by side, and requires ours to be better on both.
 */
class EvaluationTest {
    record Labelled(String prompt, String mood, String family) {
    }

    static List<String[]> rows(String resource) throws Exception {
        try (InputStream in = EvaluationTest.class.getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }

    /** The quadrant of a valence/arousal point. */
    static String quadrant(double valence, double arousal) {
        if (valence >= 0) {
            return arousal >= 0 ? "joyful" : "calm";
        }
        return arousal >= 0 ? "tense" : "sad";
    }

    @Test
    void oursBeatsTheMubertBaselineOnMoodAndStyle() throws Exception {
        SentenceEmbedder embedder = new SentenceEmbedder(ClasspathModel.minilm());
        Vocabulary vocabulary = Vocabulary.load("test", embedder::embed, null);
        List<Labelled> labelled = rows("/eval/labelled-prompts.tsv").stream()
                .map(c -> new Labelled(c[0].strip(), c[1].strip(), c[2].strip())).toList();

        Map<String, String> mubertFamily = new LinkedHashMap<>();
        for (String[] c : rows("/eval/mubert-families.tsv")) {
            mubertFamily.put(c[0].strip(), c[1].strip());
        }
        Map<String, String> mubertMood = new HashMap<>();
        for (String[] c : rows("/eval/mubert-moods.tsv")) {
            mubertMood.put(c[0].strip(), c[1].strip());
        }
        Path mubert = Path.of("../../../shared/data/mubert-tags.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(mubert), "shared/data is not beside the checkout");
        List<String> mubertTags = new ArrayList<>();
        for (String t : Files.readString(mubert).split(",")) {
            if (!t.isBlank()) {
                mubertTags.add(t.strip());
            }
        }
        List<float[]> mubertVectors = embedder.embed(mubertTags);

        int ourMood = 0;
        int ourFamily = 0;
        int baseMood = 0;
        int baseFamily = 0;
        for (Labelled l : labelled) {
            float[] e = embedder.embed(l.prompt());
            Reading reading = Reading.of(e, vocabulary);
            if (quadrant(reading.valence(), reading.arousal()).equals(l.mood())) {
                ourMood++;
            }
            String family = nearestFamily(e, vocabulary);
            if (family.equals(l.family())) {
                ourFamily++;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < mubertTags.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -SentenceEmbedder.cosine(e, mubertVectors.get(i))));
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (int i : order.subList(0, 3)) {
                votes.merge(mubertFamily.getOrDefault(mubertTags.get(i), "?"), 1, Integer::sum);
            }
            String baseFamilyGuess = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (baseFamilyGuess.equals(l.family())) {
                baseFamily++;
            }
            // Generous to the baseline: the first tag down its ranking that implies a mood decides.
            String baseMoodGuess = order.stream().map(i -> mubertMood.get(mubertTags.get(i))).filter(m -> m != null)
                    .findFirst().orElse("calm");
            if (baseMoodGuess.equals(l.mood())) {
                baseMood++;
            }
        }
        int n = labelled.size();
        String table = String.format("%n%-28s %8s %8s%n%-28s %7.1f%% %7.1f%%%n%-28s %7.1f%% %7.1f%%%n(%d labelled prompts)%n",
                "", "mood", "style", "riffwire semantic", 100.0 * ourMood / n, 100.0 * ourFamily / n,
                "mubert-style top-3 baseline", 100.0 * baseMood / n, 100.0 * baseFamily / n, n);
        System.out.println(table);
        assertTrue(ourMood > baseMood && ourFamily > baseFamily, table);
    }

    /** The family with the most similarity among the three nearest tags. */
    static String nearestFamily(float[] e, Vocabulary vocabulary) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vocabulary.tags.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -SentenceEmbedder.cosine(e, vocabulary.tagVectors.get(i))));
        Map<String, Double> votes = new LinkedHashMap<>();
        for (int i : order.subList(0, 3)) {
            votes.merge(vocabulary.tags.get(i).family(), SentenceEmbedder.cosine(e, vocabulary.tagVectors.get(i)), Double::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
