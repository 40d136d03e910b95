// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as all-MiniLM-L6-v2's tokenizer.json configures it: clean the text, put
 * spaces around CJK characters, lowercase and strip accents, split on whitespace and punctuation, then split
 * each word into the longest vocabulary pieces from the left ("##" marks a continuation), with [CLS] and [SEP]
 * around and at most {@link #MAX_LENGTH} tokens. Written here because the HuggingFace tokenizer needs a native
 * library of its own; the tests compare the two on many texts.
 */
public final class WordPieceTokenizer {
    static final int MAX_LENGTH = 128;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classify;
    private final int separate;

    public WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.classify = id("[CLS]");
        this.separate = id("[SEP]");
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary lacks " + token);
        }
        return id;
    }

    /** Token ids with [CLS] first and [SEP] last. */
    public long[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        ids.add(classify);
        for (String word : words(normalize(text))) {
            for (int piece : pieces(word)) {
                if (ids.size() >= MAX_LENGTH - 1) {
                    break;
                }
                ids.add(piece);
            }
        }
        ids.add(separate);
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    static String normalize(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
                sb.append(' ');
            } else if (isCjk(c)) {
                sb.append(' ').appendCodePoint(c).append(' ');
            } else {
                sb.appendCodePoint(c);
            }
        }
        String lower = sb.toString().toLowerCase(java.util.Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                stripped.appendCodePoint(c);
            }
        }
        return stripped.toString();
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                flush(words, current);
            } else if (isPunctuation(c)) {
                flush(words, current);
                words.add(new String(Character.toChars(c)));
            } else {
                current.appendCodePoint(c);
            }
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private List<Integer> pieces(String word) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            return List.of(unknown);
        }
        List<Integer> out = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                return List.of(unknown);
            }
            out.add(found);
            start = end;
        }
        return out;
    }

    /** Reads the "vocab" object of a HuggingFace tokenizer.json. */
    public static WordPieceTokenizer fromTokenizerJson(String json) {
        int vocab = json.indexOf("\"vocab\"");
        int open = vocab < 0 ? -1 : json.indexOf('{', vocab);
        if (open < 0) {
            throw new IllegalArgumentException("the tokenizer file has no \"vocab\" object");
        }
        try {
            return new WordPieceTokenizer(vocabulary(json, open + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the tokenizer file's vocab cannot be read: " + e, e);
        }
    }

    private static Map<String, Integer> vocabulary(String json, int start) {
        int i = start;
        Map<String, Integer> map = new HashMap<>();
        while (true) {
            while (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == ',') {
                i++;
            }
            if (json.charAt(i) == '}') {
                break;
            }
            StringBuilder key = new StringBuilder();
            i++; // opening quote
            while (json.charAt(i) != '"') {
                char c = json.charAt(i++);
                if (c == '\\') {
                    char e = json.charAt(i++);
                    switch (e) {
                        case 'u' -> {
                            key.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                            i += 4;
                        }
                        case 'n' -> key.append('\n');
                        case 't' -> key.append('\t');
                        case 'r' -> key.append('\r');
                        case 'b' -> key.append('\b');
                        case 'f' -> key.append('\f');
                        default -> key.append(e);
                    }
                } else {
                    key.append(c);
                }
            }
            i++;
            while (json.charAt(i) != ':') {
                i++;
            }
            i++;
            while (Character.isWhitespace(json.charAt(i))) {
                i++;
            }
            int numberStart = i;
            while (Character.isDigit(json.charAt(i))) {
                i++;
            }
            map.put(key.toString(), Integer.parseInt(json.substring(numberStart, i)));
        }
        return map;
    }
}
