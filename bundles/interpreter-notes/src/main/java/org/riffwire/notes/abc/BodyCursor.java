// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/**
 * Reading position within the current music line, plus the bar count, so that every error can say where it is.
 */
final class BodyCursor {
    private String text = "";
    private int position;
    private int line;
    private int bar = 1;

    void load(SourceLine source, int start) {
        text = source.text();
        line = source.number();
        position = start;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    /** The current character, or 0 at the end of the line. */
    char peek() {
        return peek(0);
    }

    char peek(int ahead) {
        int i = position + ahead;
        return i < text.length() ? text.charAt(i) : 0;
    }

    char next() {
        return text.charAt(position++);
    }

    boolean accept(char c) {
        if (peek() == c && !atEnd()) {
            position++;
            return true;
        }
        return false;
    }

    int position() {
        return position;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    int indexOf(char c) {
        return text.indexOf(c, position);
    }

    String text(int from, int to) {
        return text.substring(from, to);
    }

    /** Reads a run of at most {@code maxDigits} digits, or returns -1 when none is here. */
    int digits(int maxDigits) throws AbcSyntaxException {
        int start = position;
        while (peek() >= '0' && peek() <= '9') {
            position++;
        }
        if (position == start) {
            return -1;
        }
        if (position - start > maxDigits) {
            throw fail("the number " + text.substring(start, position) + " is too large");
        }
        return Integer.parseInt(text.substring(start, position));
    }

    void countBar() {
        bar++;
    }

    int bar() {
        return bar;
    }

    AbcSyntaxException fail(String problem) {
        return failAt(problem, position);
    }

    AbcSyntaxException failAt(String problem, int at) {
        return new AbcSyntaxException("ABC: " + problem + " in bar " + bar + " (line " + line + ", column " + (at + 1)
                + ")", line, at + 1);
    }

    AbcSyntaxException unexpected() {
        char c = peek();
        String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        return fail("unexpected character '" + shown + "'");
    }
}
