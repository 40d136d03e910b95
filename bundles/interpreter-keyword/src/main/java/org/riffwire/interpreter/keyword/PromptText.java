// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a prompt this interpreter reads, and which of its characters some reader has already used, so that
 * "120 beats per minute" is not also read as a drum beat and "mezzo piano" not as a piano.
 */
final class PromptText {
    // ABC tunes belong to another interpreter; from their first header on, letters are notes, not words. A header
    // is "X:1" anywhere or a field letter opening a line, and only counts when a K: field follows: "T: my song, in
    // A minor" and "Q: what is a good tempo?" are prose.
    private static final Pattern ABC_HEADER = Pattern.compile(
            "(?m)(?<![\\p{L}\\p{N}])X:[ \\t]*\\d|^[ \\t]*[XTMLQKVCR]:");
    private static final Pattern KEY_FIELD = Pattern.compile(
            "(?m)(?:^|(?<=[ \\t]))K:[ \\t]*(?:[A-Ga-g]|none|perc|H[Pp])");
    private static final String FENCE = "```";
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    // Code is replaced by this character rather than cut out, so that offsets stay those of the prompt; it is
    // neither a letter nor a blank, so no word or phrase reaches across it.
    static final char BLANK = '\uFFFC';

    private final String text;
    private final String lower;
    private final boolean[] used;

    private PromptText(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.used = new boolean[text.length()];
    }

    static PromptText of(String prompt) {
        String visible = prompt.indexOf('`') >= 0 ? blankCode(prompt) : prompt;
        return new PromptText(visible.substring(0, abcStart(visible)));
    }

    /** Blanks fenced blocks and `inline code`; the prose after a closing fence stays readable. */
    private static String blankCode(String prompt) {
        char[] chars = prompt.toCharArray();
        int from = 0;
        while (true) {
            int open = prompt.indexOf(FENCE, from);
            if (open < 0) {
                break;
            }
            int close = prompt.indexOf(FENCE, open + FENCE.length());
            int end = close < 0 ? chars.length : close + FENCE.length();
            Arrays.fill(chars, open, end, BLANK);
            from = end;
        }
        String fenced = new String(chars);
        if (fenced.indexOf('`') >= 0) {
            Matcher code = INLINE_CODE.matcher(fenced);
            while (code.find()) {
                Arrays.fill(chars, code.start(), code.end(), BLANK);
            }
        }
        return new String(chars);
    }

    /** Where an unfenced ABC tune starts (it runs to the end of the prompt), or the prompt's length. */
    private static int abcStart(String prompt) {
        if (prompt.indexOf(':') < 0) {
            return prompt.length();
        }
        Matcher header = ABC_HEADER.matcher(prompt);
        if (!header.find()) {
            return prompt.length();
        }
        Matcher key = KEY_FIELD.matcher(prompt);
        int lastKey = -1;
        while (key.find()) {
            lastKey = key.start();
        }
        // Headers come in order, so when any header has a K: at or after it, the first one does.
        return lastKey >= header.start() ? header.start() : prompt.length();
    }

    String text() {
        return text;
    }

    /**
     * True when the text holds any of the lower-case fragments. Readers ask this before running their patterns:
     * a plain substring search is far cheaper than trying a pattern at every position of a long prompt.
     */
    boolean mentions(String... fragments) {
        for (String f : fragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    boolean isFree(int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    void use(int start, int end) {
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
    }

    /** The words as the user typed them, without surrounding blanks. */
    String words(int start, int end) {
        return text.substring(start, end).strip();
    }

    String words(MatchResult match) {
        return words(match.start(), match.end());
    }

    /**
     * Non-overlapping matches that touch no used character. The caller decides whether to {@link #use} each one:
     * some readers look at a match and then turn it down.
     */
    List<MatchResult> find(Pattern pattern) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (isFree(m.start(), m.end())) {
                found.add(m.toMatchResult());
                from = m.end() > m.start() ? m.end() : m.end() + 1;
            } else {
                // A later start may still fit between used stretches.
                from = m.start() + 1;
            }
        }
        return found;
    }

    /**
     * The stretches from {@code before} characters ahead of each match of {@code anchor} to {@code after}
     * characters past it, overlapping stretches joined. A reader whose phrases always contain a short word
     * ("minutes", "bars") searches only there, instead of trying a long pattern at every position.
     */
    List<int[]> around(Pattern anchor, int before, int after) {
        List<int[]> regions = new ArrayList<>();
        Matcher a = anchor.matcher(text);
        while (a.find()) {
            int from = Math.max(0, a.start() - before);
            int to = Math.min(text.length(), a.end() + after);
            int[] last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                regions.add(new int[] {from, to});
            }
        }
        return regions;
    }

    /** Like {@link #find(Pattern)}, limited to the given stretches; look-arounds still see past their ends. */
    List<MatchResult> find(Pattern pattern, List<int[]> regions) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int[] region : regions) {
            int from = region[0];
            while (from < region[1]) {
                m.region(from, region[1]);
                if (!m.find()) {
                    break;
                }
                if (isFree(m.start(), m.end())) {
                    found.add(m.toMatchResult());
                    from = m.end() > m.start() ? m.end() : m.end() + 1;
                } else {
                    from = m.start() + 1;
                }
            }
        }
        return found;
    }

    /** Up to {@code count} characters after {@code index}, for readers that peek at what follows a match. */
    String after(int index, int count) {
        return text.substring(index, Math.min(text.length(), index + count));
    }

    /** Up to {@code count} characters before {@code index}. */
    String before(int index, int count) {
        return text.substring(Math.max(0, index - count), index);
    }
}
