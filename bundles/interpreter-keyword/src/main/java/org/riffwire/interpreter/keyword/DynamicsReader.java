// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.SpecField;

/**
 * Reads dynamics written the way scores write them: "(pp)", "dynamics: mf", "ff dynamics", and the Italian words
 * "pianissimo", "mezzo-piano", "mezzo-forte", "forte", "fortissimo". Single letters count only inside brackets
 * or after "dynamics", because a lone "p" or "f" is far more often something else.
 */
final class DynamicsReader {
    // Italian words are a musician's request, like the Italian tempo words, but say less than a written marking.
    static final double ITALIAN = 0.9;

    private static final String MARK = "(ppp|pp|p|mp|mf|f|ff|fff)";
    // Markings are lower case in scores; "(F)" is more likely a note name than forte.
    private static final Pattern BRACKETED = Pattern.compile("\\(" + MARK + "\\)");
    private static final Pattern LABELLED = Pattern.compile("(?<![\\p{L}])dynamics?\\s*(?:of\\s+|at\\s+|[:=]\\s*)?"
            + MARK + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("(?<![\\p{L}])(ppp|pp|mp|mf|ff|fff)\\s+dynamics?"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIAN_WORD = Pattern.compile("(?<![\\p{L}])(pianissimo|fortissimo"
            + "|mezzo[\\s-]?piano|mezzo[\\s-]?forte|forte)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    void read(PromptText text, Findings found) {
        if (!text.mentions("(", "dynamic", "mezzo", "forte", "issimo")) {
            return;
        }
        for (Pattern p : new Pattern[] {BRACKETED, LABELLED, TRAILING}) {
            for (MatchResult m : text.find(p)) {
                found.explicit(SpecField.DYNAMICS, marking(m.group(1)), text.words(m));
                text.use(m.start(), m.end());
            }
        }
        for (MatchResult m : text.find(ITALIAN_WORD)) {
            found.inferred(SpecField.DYNAMICS, italian(m.group(1)), ITALIAN, text.words(m));
            text.use(m.start(), m.end());
        }
    }

    private static Dynamics marking(String mark) {
        return switch (mark.toLowerCase(Locale.ROOT)) {
            case "ppp", "pp" -> Dynamics.PP;
            case "p" -> Dynamics.P;
            case "mp" -> Dynamics.MP;
            case "mf" -> Dynamics.MF;
            case "f" -> Dynamics.F;
            default -> Dynamics.FF;
        };
    }

    private static Dynamics italian(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("pianissimo")) {
            return Dynamics.PP;
        }
        if (w.startsWith("fortissimo")) {
            return Dynamics.FF;
        }
        if (w.startsWith("mezzo")) {
            return w.endsWith("piano") ? Dynamics.MP : Dynamics.MF;
        }
        return Dynamics.F;
    }
}
