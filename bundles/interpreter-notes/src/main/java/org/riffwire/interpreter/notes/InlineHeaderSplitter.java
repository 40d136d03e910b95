// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts header fields written on one line ("X:1 T:Tune M:6/8 L:1/8 K:D |:dAF ...") onto lines of their own, as ABC
 * requires, and moves music that follows the K: value onto the next line. Only the header is touched: in the body
 * "C:" may be music.
 */
final class InlineHeaderSplitter {
    private static final Pattern FIELD_START = Pattern.compile("[A-Za-z]:");
    private static final Pattern NEXT_FIELD = Pattern.compile("\\s+(?=[XTMLQKRC]:)");
    /** Fields whose value is one word, so that anything after it is music. */
    private static final Pattern ONE_WORD_VALUE = Pattern.compile("[XML]:[ \\t]*\\S+");
    /** A K: value: tonic and mode, then explicit accidentals, "exp" and settings such as clef=bass. */
    private static final Pattern KEY_VALUE = Pattern.compile("K:[ \\t]*(?:(?:none|HP|Hp)(?![\\p{L}])|"
            + NoteName.ABC_TONIC + "(?:[ \\t]*(?i:maj|min|m|ion|dor|phr|lyd|mix|aeo|loc)[a-z]*(?![A-Za-z]))?)?"
            + "(?:[ \\t]+(?:[_^=]{1,2}[a-gA-G]|exp|[a-z]+=\\S+)(?=\\s|$))*");

    private InlineHeaderSplitter() {
    }

    static String split(String abc) {
        StringBuilder out = new StringBuilder();
        boolean header = true;
        for (String line : abc.split("\\R", -1)) {
            String rest = line.strip();
            if (!header || rest.isEmpty() || !FIELD_START.matcher(rest).lookingAt()) {
                header &= rest.isEmpty();
                out.append(line).append('\n');
                continue;
            }
            while (!rest.isEmpty()) {
                if (rest.startsWith("K:")) {
                    Matcher key = KEY_VALUE.matcher(rest);
                    int end = key.lookingAt() ? key.end() : rest.length();
                    out.append(rest, 0, end).append('\n');
                    String body = rest.substring(end).strip();
                    if (!body.isEmpty()) {
                        out.append(body).append('\n');
                    }
                    header = false;
                    break;
                }
                Matcher next = NEXT_FIELD.matcher(rest);
                String field = next.find() ? rest.substring(0, next.start()) : rest;
                rest = rest.substring(field.length()).strip();
                Matcher single = ONE_WORD_VALUE.matcher(field);
                if (single.lookingAt() && single.end() < field.length()) {
                    // "X:1 T:Tune M:4/4 CDEF|" has no K:; its music must still leave the header line.
                    out.append(single.group()).append('\n').append(field.substring(single.end()).strip()).append('\n');
                    header = false;
                    out.append(rest).append('\n');
                    break;
                }
                out.append(field).append('\n');
            }
        }
        return out.toString();
    }
}
