// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of ABC text with its %-comment removed, and its 1-based line number for messages. {@code directive} is
 * what follows "%%" on a line that starts with it (a stylesheet directive such as "propagate-accidentals octave"),
 * else null.
 */
record SourceLine(int number, String text, String directive) {
    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                String raw = text.substring(start, i);
                lines.add(new SourceLine(number++, withoutComment(raw), raw.startsWith("%%") ? raw.substring(2).strip()
                        : null));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * Cuts the line at the first % that is neither escaped nor inside a quoted chord symbol, so that "%%" directives
     * and remarks vanish while "100\%" and "A%" inside quotes survive.
     */
    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '%' && !quoted && (i == 0 || line.charAt(i - 1) != '\\')) {
                return stripEnd(line.substring(0, i));
            }
        }
        return stripEnd(line);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /**
     * True when the line is an information field such as "K:G" or "w: lyrics". A note letter followed by a colon
     * starts a field only when the line holds no bar line, because "A:|" is music.
     */
    boolean isField() {
        if (text.length() < 2 || text.charAt(1) != ':') {
            return false;
        }
        char c = text.charAt(0);
        if (c == '+') {
            return true;
        }
        if (c >= 'A' && c <= 'G') {
            return text.indexOf('|') < 0;
        }
        if (c >= 'H' && c <= 'Z') {
            return true;
        }
        return c == 'm' || c == 'r' || c == 's' || c == 'w';
    }

    char fieldName() {
        return text.charAt(0);
    }

    String fieldValue() {
        return text.substring(2).trim();
    }
}
