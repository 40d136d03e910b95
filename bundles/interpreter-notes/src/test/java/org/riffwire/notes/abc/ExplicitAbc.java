// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a tune so that it says outright what ABC 2.1 lets it leave implicit, in spellings abc2midi reads the way
 * the standard means them. Each rewrite keeps the tune's meaning, so Riffwire reads the result as it reads the
 * original (the differential test checks this); when abc2midi then agrees with Riffwire, the rewrites applied name
 * why the two readings of the original differ. Each name is explained in the notes bundle's README.
 */
final class ExplicitAbc {
    /** Bar tokens, longest first; "[1", "|2", ":|2" endings are told apart by what follows. */
    private static final Pattern BAR = Pattern.compile("\\[\\||\\|\\]|\\|\\||::|:\\|:|:\\||\\|:|\\|");

    final String text;
    final Set<String> applied = new LinkedHashSet<>();

    ExplicitAbc(String tune) {
        String t = tune;
        t = replaceInMusic(t, ":|:", "::", "two-way repeat written with a bar line");
        t = replaceInMusic(t, "||:", "|| |:", "repeat start joined to a double bar");
        t = replaceInMusic(t, "[+", "[", "ABC 1.6 chord marker");
        t = replaceInMusic(t, "+]", "]", "ABC 1.6 chord marker");
        this.text = withRepeatStarts(t);
    }

    private String replaceInMusic(String tune, String from, String to, String name) {
        List<String> out = new ArrayList<>();
        for (String line : tune.split("\n", -1)) {
            if (isMusic(line) && line.contains(from)) {
                line = line.replace(from, to);
                applied.add(name);
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /**
     * Writes the "|:" a ":|" goes back to when none is written after an earlier ":|", "::", "||", "|]" or the start
     * of a part: ABC 2.1 §4.8 repeats from there, while abc2midi goes back to an earlier "|:" or the tune's start.
     */
    private String withRepeatStarts(String tune) {
        String[] lines = tune.split("\n", -1);
        List<int[]> inserts = new ArrayList<>();
        int[] boundary = null;
        boolean started = false;
        boolean inEndings = false;
        boolean body = false;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (!body) {
                body = line.startsWith("K:");
                continue;
            }
            if (line.startsWith("P:")) {
                boundary = new int[] {l + 1, 0};
                started = false;
                inEndings = false;
                continue;
            }
            if (!isMusic(line)) {
                continue;
            }
            String music = blanked(line);
            Matcher m = BAR.matcher(music);
            while (m.find()) {
                String bar = m.group();
                int end = m.end();
                boolean ending = end < music.length() && (Character.isDigit(music.charAt(end))
                        || music.startsWith("[", end) && end + 1 < music.length()
                                && Character.isDigit(music.charAt(end + 1)));
                switch (bar) {
                    case "|:" -> {
                        started = true;
                        inEndings = false;
                    }
                    case "::", ":|:" -> {
                        if (!started && !inEndings && boundary != null) {
                            inserts.add(boundary);
                        }
                        boundary = new int[] {l, end};
                        started = true;
                        inEndings = false;
                    }
                    case ":|" -> {
                        if (!started && !inEndings && boundary != null) {
                            inserts.add(boundary);
                        }
                        boundary = new int[] {l, end};
                        started = false;
                        inEndings = ending || followedByEnding(lines, l, end);
                    }
                    case "||", "|]", "[|" -> {
                        if (!started) {
                            boundary = new int[] {l, end};
                            inEndings = false;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (inserts.isEmpty()) {
            return tune;
        }
        applied.add("repeat start left out after a section");
        inserts.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(b[1], a[1]));
        for (int[] at : inserts) {
            if (at[0] < lines.length) {
                String line = lines[at[0]];
                lines[at[0]] = line.substring(0, at[1]) + " |: " + line.substring(at[1]);
            }
        }
        return String.join("\n", lines);
    }

    /** True when the next bar token after this point, here or on the next music line, starts an ending. */
    private static boolean followedByEnding(String[] lines, int l, int from) {
        String rest = blanked(lines[l]).substring(from).stripLeading();
        if (rest.isEmpty() || rest.equals("\\")) {
            for (int k = l + 1; k < lines.length; k++) {
                if (isMusic(lines[k])) {
                    rest = blanked(lines[k]).stripLeading();
                    break;
                }
            }
        }
        return rest.matches("(?s)(\\[\\d|\\|\\d|\\[\\|?\\d|\"[^\"]*\"\\s*\\[\\d).*");
    }

    static boolean isMusic(String line) {
        return !(line.isBlank() || line.startsWith("%") || line.length() > 1 && line.charAt(1) == ':'
                && Character.isLetter(line.charAt(0)) && line.indexOf('|') < 0);
    }

    /** The line with chord symbols, comments and !decorations! turned to spaces, so bars in text are not bars. */
    private static String blanked(String line) {
        StringBuilder b = new StringBuilder(line);
        boolean quoted = false;
        boolean bang = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '%' && !quoted) {
                for (int k = i; k < b.length(); k++) {
                    b.setCharAt(k, ' ');
                }
                break;
            }
            if (c == '"') {
                quoted = !quoted;
                b.setCharAt(i, ' ');
            } else if (c == '!' && !quoted) {
                bang = !bang;
                b.setCharAt(i, ' ');
            } else if (quoted || bang) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
