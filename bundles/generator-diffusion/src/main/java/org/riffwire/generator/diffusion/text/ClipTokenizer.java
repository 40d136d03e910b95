// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.onnx.api.Json;

/**
 * CLIP's byte-level BPE tokenizer, as Stable Diffusion's text encoder expects its input: the text normalised (NFC,
 * runs of whitespace to one space, lower case), split into words, letters and single digits and runs of other
 * symbols, each word's UTF-8 bytes mapped to printable characters, the last marked {@code </w>}, merged pair by pair
 * by the merges' ranks; then {@code <|startoftext|>} before and {@code <|endoftext|>} after, truncated and padded with
 * {@code <|endoftext|>} to the encoder's length (77). Files: an export's {@code tokenizer/vocab.json} and
 * {@code merges.txt}. Tested to give Hugging Face's ids.
 */
public final class ClipTokenizer {
    public static final int LENGTH = 77;
    private static final String START = "<|startoftext|>";
    private static final String END = "<|endoftext|>";
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern WORDS = Pattern.compile("(?U)'s|'t|'re|'ve|'m|'ll|'d|\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+");
    private static final char[] BYTE_CHARS = byteCharacters();

    private final Map<String, Integer> vocabulary;
    private final Map<String, Integer> ranks;
    private final int start;
    private final int end;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private ClipTokenizer(Map<String, Integer> vocabulary, Map<String, Integer> ranks) {
        this.vocabulary = vocabulary;
        this.ranks = ranks;
        this.start = id(START);
        this.end = id(END);
    }

    /** @throws IllegalArgumentException when the files are not a CLIP vocabulary and its merges */
    public static ClipTokenizer of(String vocabJson, String mergesTxt) {
        Map<String, Object> json = Json.object(vocabJson, "tokenizer/vocab.json");
        Map<String, Integer> vocabulary = new HashMap<>(json.size() * 2);
        for (Map.Entry<String, Object> e : json.entrySet()) {
            if (!(e.getValue() instanceof Long id)) {
                throw new IllegalArgumentException("tokenizer/vocab.json maps '" + e.getKey() + "' to " + e.getValue()
                        + ", not to a token id");
            }
            vocabulary.put(e.getKey(), id.intValue());
        }
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (String line : mergesTxt.split("\n")) {
            if (line.startsWith("#version") || line.isBlank()) {
                continue;
            }
            String[] pair = line.strip().split(" ");
            if (pair.length != 2) {
                throw new IllegalArgumentException("tokenizer/merges.txt line " + (rank + 2) + " is not a pair: '" + line + "'");
            }
            ranks.putIfAbsent(pair[0] + " " + pair[1], rank++);
        }
        return new ClipTokenizer(vocabulary, ranks);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no '" + token + "': not a CLIP tokenizer");
        }
        return id;
    }

    /** The encoder's input ids for a text: {@value #LENGTH} of them. */
    public int[] encode(String text) {
        int[] ids = new int[LENGTH];
        Arrays.fill(ids, end);
        ids[0] = start;
        int at = 1;
        String normal = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        Matcher words = WORDS.matcher(normal);
        while (words.find() && at < LENGTH - 1) {
            for (int id : word(words.group())) {
                if (at == LENGTH - 1) {
                    break;
                }
                ids[at++] = id;
            }
        }
        return ids;
    }

    /** One word's tokens, by byte-level BPE; remembered, since prompts repeat words. */
    private int[] word(String word) {
        return cache.computeIfAbsent(word, w -> {
            byte[] bytes = w.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(bytes.length);
            for (int i = 0; i < bytes.length; i++) {
                String c = String.valueOf(BYTE_CHARS[bytes[i] & 0xFF]);
                parts.add(i == bytes.length - 1 ? c + "</w>" : c);
            }
            while (parts.size() > 1) {
                int best = -1;
                int bestRank = Integer.MAX_VALUE;
                for (int i = 0; i + 1 < parts.size(); i++) {
                    Integer r = ranks.get(parts.get(i) + " " + parts.get(i + 1));
                    if (r != null && r < bestRank) {
                        bestRank = r;
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                // Merge every occurrence of the best pair, left to right, as the reference BPE does.
                String first = parts.get(best);
                String second = parts.get(best + 1);
                List<String> merged = new ArrayList<>(parts.size());
                for (int i = 0; i < parts.size(); i++) {
                    if (i + 1 < parts.size() && parts.get(i).equals(first) && parts.get(i + 1).equals(second)) {
                        merged.add(first + second);
                        i++;
                    } else {
                        merged.add(parts.get(i));
                    }
                }
                parts = merged;
            }
            int[] ids = new int[parts.size()];
            for (int i = 0; i < ids.length; i++) {
                Integer id = vocabulary.get(parts.get(i));
                ids[i] = id == null ? end : id;
            }
            return ids;
        });
    }

    /** GPT-2's and CLIP's reversible map of the 256 bytes to printable characters. */
    private static char[] byteCharacters() {
        char[] map = new char[256];
        boolean[] printable = new boolean[256];
        for (int b = '!'; b <= '~'; b++) {
            printable[b] = true;
        }
        for (int b = 0xA1; b <= 0xAC; b++) {
            printable[b] = true;
        }
        for (int b = 0xAE; b <= 0xFF; b++) {
            printable[b] = true;
        }
        int next = 256;
        for (int b = 0; b < 256; b++) {
            map[b] = printable[b] ? (char) b : (char) next++;
        }
        return map;
    }
}
