// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one bar line ("|", "||", "|]", "[|", "|:", ":|", "::", ":|:") with an ending number that may follow it
 * directly ("|1", ":|2", "|1,3"), and says what it means for the played order.
 */
final class BarLineReader {
    private BarLineReader() {
    }

    static List<Item.Bar> read(BodyCursor cursor) throws AbcSyntaxException {
        int start = cursor.position();
        StringBuilder token = new StringBuilder();
        if (cursor.peek() == '[') {
            token.append(cursor.next());
        }
        while (true) {
            char c = cursor.peek();
            if (c == '|' || c == ':') {
                token.append(cursor.next());
            } else if (c == ']' && token.length() > 0 && token.charAt(token.length() - 1) == '|') {
                token.append(cursor.next());
            } else {
                break;
            }
        }
        String s = token.toString();
        if (s.indexOf('|') < 0 && !s.equals("::")) {
            throw cursor.failAt("unexpected character ':' (a repeat sign needs a bar line, as in '|:' or ':|')", start);
        }
        boolean repeatEnd = s.startsWith(":");
        boolean repeatStart = s.endsWith(":");
        List<Item.Bar> bars = new ArrayList<>();
        if (repeatEnd) {
            bars.add(Item.Bar.of(Item.Structure.REPEAT_END));
        }
        if (!repeatEnd && !repeatStart && (s.contains("||") || s.contains("|]") || s.contains("[|"))) {
            bars.add(Item.Bar.of(Item.Structure.SECTION_END));
        }
        if (repeatStart) {
            bars.add(Item.Bar.of(Item.Structure.REPEAT_START));
        }
        if (isDigit(cursor.peek())) {
            bars.add(new Item.Bar(Item.Structure.ENDING, endings(cursor)));
        }
        return bars;
    }

    /** Reads "1", "2", "1,3" or "1-3" at the cursor. */
    static Set<Integer> endings(BodyCursor cursor) throws AbcSyntaxException {
        Set<Integer> numbers = new TreeSet<>();
        do {
            int from = cursor.digits(2);
            if (from < 0) {
                throw cursor.fail("an ending needs a number after ',' or '-'");
            }
            int to = from;
            if (cursor.peek() == '-' && isDigit(cursor.peek(1))) {
                cursor.next();
                to = cursor.digits(2);
            }
            if (from < 1 || to < from) {
                throw cursor.fail("the ending " + from + (to == from ? "" : "-" + to) + " is not a pass number");
            }
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        } while (cursor.peek() == ',' && isDigit(cursor.peek(1)) && cursor.accept(','));
        return numbers;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
