// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ABC notation in a prompt, trying in turn: a ``` fence (tagged "abc" or holding ABC), a `backtick` span
 * holding ABC (judged more strictly, as backticks quote names too), an "X:1" header anywhere, a fragment after
 * "abc:" that looks like music, and a line that starts with a header field (T:, M:, L:, K:, Q:, ...) when a K: line
 * follows or the field itself is a meter, unit length or tempo. Unfenced ABC runs to the end of the prompt.
 */
final class AbcLocator {
    private static final Pattern MINI_NOTATION_SIGNS = Pattern.compile("(?:^|\\s)~(?:\\s|$)|[*@?]|<[^>]*>|\\[[^\\]]*,|\\(\\d+,\\d+");
    private static final Pattern SPACED_NOTES = Pattern.compile("\\s*[a-gA-G][#bsf]*\\d?(?:\\s+(?:[a-gA-G][#bsf]*\\d?|~))+\\s*");
    private static final Pattern FENCE = Pattern.compile("```([\\w+-]*)[^\\n`]*\\n?(.*?)(?:```|\\z)", Pattern.DOTALL);
    private static final Pattern TICKS = Pattern.compile("`([^`]+)`");
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}\\d])X:[ \\t]*\\d");
    private static final Pattern LABEL = Pattern.compile("(?i)(?<![\\p{L}\\d])abc\\s*:");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[ \\t]*[XTMLKQCR]:");
    private static final Pattern KEY_LINE = Pattern.compile("(?m)^[ \\t]*K:");
    /** A header line that is ABC even without a K: after it: "M:6/8", "L:1/8", "Q:1/4=120". */
    private static final Pattern TIME_FIELD = Pattern.compile("(?:M:[ \\t]*(?:\\d{1,2}/\\d{1,2}|C\\|?)"
            + "|L:[ \\t]*1/\\d{1,3}|Q:[ \\t]*(?:\\d{1,3}/\\d{1,3}[ \\t]*=[ \\t]*)?\\d{2,3})(?=\\s|$)");
    private static final Pattern KEY_HEADER = Pattern.compile("(?m)^[ \\t]*[XK]:");
    private static final Pattern NOTE_LETTER = Pattern.compile("[A-Ga-g]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A word whose case goes up after a lowercase letter, or down after two capitals: "GABc", "dcBA", not "Cafe". */
    private static final Pattern MIXED_CASE = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2}\\p{Ll}");
    /** A word of four or more letters that is not all ABC note and rest letters: prose, not music. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "(?<!\\p{L})(?=\\p{L}{4,})\\p{L}*[^A-Ga-gzxZX\\P{L}]\\p{L}*");
    private static final Pattern MUSIC_ONLY = Pattern.compile("[A-Ga-gzxZ0-9/,'^_=\\[\\]\\s<>()\"|:.~-]+");

    private AbcLocator() {
    }

    static Optional<AbcPassage> find(String prompt) {
        Matcher fence = FENCE.matcher(prompt);
        while (fence.find()) {
            String body = fence.group(2);
            if (fence.group(1).equalsIgnoreCase("abc") || looksLikeAbc(body)) {
                return Optional.of(passage(prompt, fence.start(), fence.end(), body));
            }
        }
        Matcher ticks = TICKS.matcher(prompt);
        while (ticks.find()) {
            if (looksLikeQuotedAbc(ticks.group(1))) {
                return Optional.of(passage(prompt, ticks.start(), ticks.end(), ticks.group(1)));
            }
        }
        Matcher numbered = NUMBERED.matcher(prompt);
        if (numbered.find()) {
            return Optional.of(passage(prompt, numbered.start(), prompt.length(), prompt.substring(numbered.start())));
        }
        Matcher label = LABEL.matcher(prompt);
        Matcher next = LABEL.matcher(prompt);
        while (label.find()) {
            // Judged up to the next label: "I love abc: notation. abc: |: GABc :|" has its music after the second.
            int until = next.find(label.end()) ? next.start() : prompt.length();
            if (looksLikeFragment(prompt.substring(label.end(), until))) {
                return Optional.of(passage(prompt, label.start(), prompt.length(), prompt.substring(label.end())));
            }
        }
        int lastKeyLine = lastKeyLine(prompt);
        Matcher header = HEADER_LINE.matcher(prompt);
        while (header.find()) {
            int at = header.start();
            Matcher time = TIME_FIELD.matcher(prompt).region(header.end() - 2, prompt.length());
            if (at <= lastKeyLine || time.lookingAt()) {
                return Optional.of(passage(prompt, at, prompt.length(), prompt.substring(at)));
            }
        }
        return Optional.empty();
    }

    private static int lastKeyLine(String prompt) {
        int last = -1;
        Matcher key = KEY_LINE.matcher(prompt);
        while (key.find()) {
            last = key.start();
        }
        return last;
    }

    /** Fenced or quoted text is ABC when it has an X: or K: header, a bar line, or is all music of a few notes. */
    static boolean looksLikeAbc(String text) {
        if (KEY_HEADER.matcher(text).find()) {
            return true;
        }
        long letters = NOTE_LETTER.matcher(text).results().count();
        if (text.indexOf('|') >= 0 && letters > 0) {
            return true;
        }
        return letters >= 3 && MUSIC_ONLY.matcher(text).matches();
    }

    /**
     * A `backtick` span is ABC when it has an X: or K: header or a bar line, or is all music of four or more notes
     * with a length digit or a word in mixed case ("GABc"). Backticks also quote names and code: `cafe`, `bad` and
     * `notes` are words however much they look like notes. And they quote Strudel mini-notation, which the pattern
     * interpreter reads: a span without header or bar line that uses its signs (rests, speeds, lengths,
     * alternation, commas in brackets) or spaces every note apart (`c3 e3 g3`, not ABC's beamed `c3e3g3`) is not ABC.
     */
    static boolean looksLikeQuotedAbc(String text) {
        if (KEY_HEADER.matcher(text).find()) {
            return true;
        }
        long letters = NOTE_LETTER.matcher(text).results().count();
        if (text.indexOf('|') >= 0 && letters > 0) {
            return true;
        }
        if (MINI_NOTATION_SIGNS.matcher(text).find() || SPACED_NOTES.matcher(text).matches()) {
            return false;
        }
        return letters >= 4 && MUSIC_ONLY.matcher(text).matches()
                && (DIGIT.matcher(text).find() || MIXED_CASE.matcher(text).find());
    }

    /**
     * What follows "abc:" is ABC when it has a bar line, or four or more notes and no word of four or more letters
     * that is not all note letters: "remember your ABC: a simple nursery tune" is prose.
     */
    static boolean looksLikeFragment(String text) {
        if (text.indexOf('|') >= 0 && NOTE_LETTER.matcher(text).find()) {
            return true;
        }
        return NOTE_LETTER.matcher(text).results().count() >= 4 && !ENGLISH_WORD.matcher(text).find();
    }

    /** The words are the ABC as written, without fences or label; the span covers those too. */
    private static AbcPassage passage(String prompt, int start, int end, String abc) {
        return new AbcPassage(start, end, abc.strip(), InlineHeaderSplitter.split(abc));
    }
}
