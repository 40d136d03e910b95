// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The prompt split into words. Hyphens, apostrophes and brackets split words but keep them joined, so "lo-fi", "lo fi",
 * "hip-hop" and "drum'n'bass" all read like their spaced forms; "&" reads as "and".
 */
final class Tokens {
    private final PromptText text;
    private final List<Token> tokens;

    private Tokens(PromptText text, List<Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
    }

    static Tokens of(PromptText text) {
        String s = text.text();
        List<Token> out = new ArrayList<>();
        boolean joined = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                int start = i;
                while (i < s.length() && isWordChar(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                out.add(new Token(s.substring(start, i).toLowerCase(Locale.ROOT), start, i, joined && !out.isEmpty()));
                joined = true;
            } else if (cp == '&') {
                out.add(new Token("and", i, i + 1, joined && !out.isEmpty()));
                joined = true;
                i += width;
            } else {
                if (!isSoftSeparator(cp)) {
                    joined = false;
                }
                i += width;
            }
        }
        return new Tokens(text, out);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isSoftSeparator(int cp) {
        // Brackets and "+" join too, so General MIDI names such as "Lead 8 (bass + lead)" read as written.
        return cp == ' ' || cp == '-' || cp == '\'' || cp == '\u2019' || cp == '\u00a0' || cp == '_' || cp == '('
                || cp == ')' || cp == '+';
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    /** True when token {@code i} follows token {@code i - 1} with nothing but blanks or hyphens between. */
    boolean joined(int i) {
        return tokens.get(i).joined();
    }

    boolean isFree(int i) {
        Token t = tokens.get(i);
        return text.isFree(t.start(), t.end());
    }

    /** The words of tokens {@code first} (inclusive) to {@code end} (exclusive), as typed. */
    String words(int first, int end) {
        return text.words(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    void use(int first, int end) {
        text.use(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /** Up to {@code count} characters of the prompt just before token {@code i}, as typed. */
    String textBefore(int i, int count) {
        return text.before(tokens.get(i).start(), count);
    }

    /** What stands between token {@code i - 1} (or the start) and token {@code i}: blanks, punctuation. */
    String gap(int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        return text.text().substring(from, tokens.get(i).start());
    }

    /** True when token {@code i} exists and is {@code word}. */
    boolean is(int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).word().equals(word);
    }
}
