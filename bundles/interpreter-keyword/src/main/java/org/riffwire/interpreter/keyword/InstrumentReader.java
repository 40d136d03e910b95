// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;

/**
 * Reads the instruments a prompt names, in order, with any part it gives them, and the ones it rules out ("no
 * piano"). Drums are not instruments here: the drums reader owns "drums", "percussion" and "beat". A plain
 * "guitar", "bass" or "organ" sounds as the genre plays it ({@link InstrumentContext}).
 */
final class InstrumentReader {
    // "two violins" repeats; more than this is a typo or a joke, not a line-up.
    private static final int MOST_OF_ONE = 8;
    private static final List<String> COUNT_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight");
    // A digit right after one of these belongs to a meter, a decimal, a time or a number: "3/4", "1.5", "11:45".
    private static final String NUMBER_JOINERS = "/.:#,^×";

    private final Lexicon<List<Integer>> names = new Lexicon<>(InstrumentNames.phrases(), true);

    /** What the prompt asked for: the instruments it wants and the programs it ruled out. */
    record Result(List<Instrument> chosen, Set<Integer> excluded) {
    }

    /** Instrument phrases, before they are weighed against genre names that share their words. */
    List<Phrase<List<Integer>>> find(Tokens tokens) {
        List<Phrase<List<Integer>>> found = new ArrayList<>();
        for (Phrase<List<Integer>> p : names.scan(tokens)) {
            if (!p.value().isEmpty()) {
                found.add(p);
            }
        }
        return found;
    }

    /** @param genre the genre the prompt names, which decides what a plain "guitar" or "bass" is; may be null */
    Result read(Tokens tokens, List<Phrase<List<Integer>>> hits, Genre genre, Findings found) {
        List<Instrument> chosen = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<Integer> excluded = new HashSet<>();
        // By program and name: "no guitar, just mandolin" keeps the mandolin that stands in on the guitar's program.
        Set<String> ruledOut = new HashSet<>();
        TrackRole pending = null;
        int skipUntil = -1;
        for (int h = 0; h < hits.size(); h++) {
            Phrase<List<Integer>> hit = hits.get(h);
            if (hit.first() < skipUntil) {
                continue;
            }
            if (Negation.isNegated(tokens, hit.first())) {
                // "a rock song without guitar" rules out the rock guitar as well as the plain one.
                for (int program : hit.value()) {
                    excluded.add(program);
                    ruledOut.add(program + " " + GeneralMidi.programName(program));
                }
                for (Instrument i : programs(tokens, hit, genre)) {
                    excluded.add(i.program());
                    ruledOut.add(i.program() + " " + i.name());
                }
                continue;
            }
            if (isRoleWord(tokens, hit) && h + 1 < hits.size()
                    && RoleReader.linkedStart(tokens, hit.end()) == hits.get(h + 1).first()) {
                // "bass played by a cello": this "bass" names the cello's part.
                pending = TrackRole.BASS;
                continue;
            }
            TrackRole role = pending;
            pending = null;
            RoleReader.Found after = RoleReader.after(tokens, hit.end());
            if (role == null && after != null) {
                role = after.role();
                skipUntil = after.end();
            }
            if (role == null) {
                role = RoleReader.before(tokens, hit.first());
            }
            add(chosen, programs(tokens, hit, genre), role, count(tokens, hit));
            String typed = tokens.words(hit.first(), hit.end());
            if (!words.contains(typed)) {
                words.add(typed);
            }
        }
        chosen.removeIf(i -> ruledOut.contains(i.program() + " " + i.name()));
        if (!chosen.isEmpty()) {
            found.explicit(SpecField.INSTRUMENTS, new InstrumentList(chosen), words);
        }
        return new Result(List.copyOf(chosen), Set.copyOf(excluded));
    }

    private static boolean isRoleWord(Tokens tokens, Phrase<List<Integer>> hit) {
        return hit.size() == 1 && tokens.word(hit.first()).equals("bass");
    }

    /** The instruments one phrase names: a line-up, or one instrument as the genre plays it. */
    private static List<Instrument> programs(Tokens tokens, Phrase<List<Integer>> hit, Genre genre) {
        if (hit.value().size() > 1) {
            List<Instrument> lineUp = new ArrayList<>();
            for (int program : hit.value()) {
                lineUp.add(new Instrument(program, GeneralMidi.programName(program), null));
            }
            return lineUp;
        }
        String key = key(tokens, hit);
        int program = InstrumentContext.program(key, genre, hit.value().get(0));
        String standIn = InstrumentNames.standIn(key.endsWith("s") ? key.substring(0, key.length() - 1) : key);
        return List.of(new Instrument(program, standIn != null ? standIn : GeneralMidi.programName(program), null));
    }

    private static String key(Tokens tokens, Phrase<?> hit) {
        StringBuilder sb = new StringBuilder(tokens.word(hit.first()));
        for (int i = hit.first() + 1; i < hit.end(); i++) {
            sb.append(' ').append(tokens.word(i));
        }
        return sb.toString();
    }

    /**
     * "two violins" asks for two; a single named instrument mentioned again is the same one. Only a small count
     * right before the instrument counts, and only when no other reader took it: the 4 of "a 3/4 piano waltz" is
     * a meter's, the 30 of "1 minute 30 piano" a length's, and the 808 of "808 bass" a drum machine's.
     */
    private static int count(Tokens tokens, Phrase<List<Integer>> hit) {
        int n = hit.first() - 1;
        if (hit.value().size() != 1 || n < 0 || !tokens.joined(hit.first()) || !tokens.isFree(n)) {
            return 0;
        }
        String word = tokens.word(n);
        int count = word.length() == 1 && word.charAt(0) >= '2' && word.charAt(0) <= '8' ? word.charAt(0) - '0'
                : COUNT_WORDS.indexOf(word) + 2;
        if (count < 2 || count > MOST_OF_ONE) {
            return 0;
        }
        // "twenty-four violins", "1 2 pianos": part of a longer number.
        if (n > 0 && tokens.joined(n) && NumberWords.parse(tokens.word(n - 1)).isPresent()) {
            return 0;
        }
        String before = tokens.textBefore(n, 1);
        return !before.isEmpty() && NUMBER_JOINERS.indexOf(before.charAt(0)) >= 0 ? 0 : count;
    }

    private static void add(List<Instrument> chosen, List<Instrument> named, TrackRole role, int count) {
        if (named.size() > 1) {
            for (Instrument i : named) {
                chosen.add(withRole(i, role));
            }
            return;
        }
        Instrument one = withRole(named.get(0), role);
        if (count > 0) {
            for (int i = 0; i < count; i++) {
                chosen.add(one);
            }
            return;
        }
        for (int i = 0; i < chosen.size(); i++) {
            Instrument existing = chosen.get(i);
            // A mandolin shares the guitar's program but is not the guitar.
            if (existing.program() == one.program() && existing.name().equals(one.name())) {
                if (existing.role() == null && role != null) {
                    chosen.set(i, one);
                }
                return;
            }
        }
        chosen.add(one);
    }

    private static Instrument withRole(Instrument i, TrackRole role) {
        return role == null ? i : new Instrument(i.program(), i.name(), role);
    }
}
