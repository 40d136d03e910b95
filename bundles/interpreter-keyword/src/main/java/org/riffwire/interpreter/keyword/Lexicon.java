// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more words and what they mean, matched on whole words with the longest phrase winning, so
 * "electric piano" is never read as "piano" and "jazz ballad" never as "jazz".
 */
final class Lexicon<V> {
    private final Map<String, V> phrases;
    private final int longest;
    private final boolean plurals;

    /**
     * @param phrases keys are lower-case words separated by single spaces
     * @param plurals whether "violins" may stand for "violin" when only the singular is listed
     */
    Lexicon(Map<String, V> phrases, boolean plurals) {
        this.phrases = Map.copyOf(phrases);
        this.plurals = plurals;
        int max = 1;
        for (String key : phrases.keySet()) {
            max = Math.max(max, key.split(" ").length);
        }
        this.longest = max;
    }

    /** Turns readable phrases ("Lo-fi hip hop") into the keys the lexicon matches ("lo fi hip hop"). */
    static String key(String phrase) {
        Tokens tokens = Tokens.of(PromptText.of(phrase));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(tokens.word(i));
        }
        return sb.toString();
    }

    /** Builds keyed entries from readable phrases. */
    static <V> Map<String, V> keyed(Map<String, V> readable) {
        Map<String, V> out = new HashMap<>();
        readable.forEach((phrase, value) -> out.put(key(phrase), value));
        return out;
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    Phrase<V> at(Tokens tokens, int i) {
        int run = 0;
        while (run < longest && i + run < tokens.size() && tokens.isFree(i + run)
                && (run == 0 || tokens.joined(i + run))) {
            run++;
        }
        if (run == 0) {
            return null;
        }
        String[] keys = new String[run];
        StringBuilder sb = new StringBuilder(tokens.word(i));
        keys[0] = sb.toString();
        for (int n = 2; n <= run; n++) {
            keys[n - 1] = sb.append(' ').append(tokens.word(i + n - 1)).toString();
        }
        for (int n = run; n >= 1; n--) {
            V value = lookup(keys[n - 1]);
            if (value != null) {
                return new Phrase<>(i, i + n, value);
            }
        }
        return null;
    }

    /** All phrases, left to right, none overlapping. */
    List<Phrase<V>> scan(Tokens tokens) {
        List<Phrase<V>> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Phrase<V> p = at(tokens, i);
            if (p == null) {
                i++;
            } else {
                found.add(p);
                i = p.end();
            }
        }
        return found;
    }

    private V lookup(String key) {
        V value = phrases.get(key);
        if (value != null || !plurals || !key.endsWith("s")) {
            return value;
        }
        if (key.endsWith("es")) {
            value = phrases.get(key.substring(0, key.length() - 2));
        }
        return value != null ? value : phrases.get(key.substring(0, key.length() - 1));
    }
}
