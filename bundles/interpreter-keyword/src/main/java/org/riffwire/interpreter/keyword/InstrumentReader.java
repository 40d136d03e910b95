// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;

/**
 * Reads the instruments a prompt names, in order, with any part it gives them, and the ones it rules out ("no
 * piano"). Drums are not instruments here: the drums reader owns "drums", "percussion" and "beat".
 */
final class InstrumentReader {
    // "two violins" repeats; more than this is a typo or a joke, not a line-up.
    private static final int MOST_OF_ONE = 8;

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

    Result read(Tokens tokens, List<Phrase<List<Integer>>> hits, Findings found) {
        List<Instrument> chosen = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<Integer> excluded = new HashSet<>();
        TrackRole pending = null;
        int skipUntil = -1;
        for (int h = 0; h < hits.size(); h++) {
            Phrase<List<Integer>> hit = hits.get(h);
            if (hit.first() < skipUntil) {
                continue;
            }
            if (Negation.isNegated(tokens, hit.first())) {
                excluded.addAll(hit.value());
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
            add(chosen, hit.value(), role, count(tokens, hit));
            String typed = tokens.words(hit.first(), hit.end());
            if (!words.contains(typed)) {
                words.add(typed);
            }
        }
        chosen.removeIf(i -> excluded.contains(i.program()));
        if (!chosen.isEmpty()) {
            found.explicit(SpecField.INSTRUMENTS, new InstrumentList(chosen), words);
        }
        return new Result(List.copyOf(chosen), Set.copyOf(excluded));
    }

    private static boolean isRoleWord(Tokens tokens, Phrase<List<Integer>> hit) {
        return hit.size() == 1 && tokens.word(hit.first()).equals("bass");
    }

    /** "two violins" asks for two; a single named instrument mentioned again is the same one. */
    private static int count(Tokens tokens, Phrase<List<Integer>> hit) {
        if (hit.value().size() != 1 || hit.first() == 0 || !tokens.joined(hit.first())) {
            return 0;
        }
        String before = tokens.word(hit.first() - 1);
        OptionalDouble n = NumberWords.parse(before);
        if (n.isEmpty() || n.getAsDouble() < 2 || n.getAsDouble() != Math.rint(n.getAsDouble())) {
            return 0;
        }
        return (int) Math.min(MOST_OF_ONE, n.getAsDouble());
    }

    private static void add(List<Instrument> chosen, List<Integer> programs, TrackRole role, int count) {
        if (programs.size() > 1) {
            for (int program : programs) {
                chosen.add(instrument(program, role));
            }
            return;
        }
        int program = programs.get(0);
        if (count > 0) {
            for (int i = 0; i < count; i++) {
                chosen.add(instrument(program, role));
            }
            return;
        }
        for (int i = 0; i < chosen.size(); i++) {
            Instrument existing = chosen.get(i);
            if (existing.program() == program) {
                if (existing.role() == null && role != null) {
                    chosen.set(i, instrument(program, role));
                }
                return;
            }
        }
        chosen.add(instrument(program, role));
    }

    private static Instrument instrument(int program, TrackRole role) {
        return new Instrument(program, GeneralMidi.name(program), role);
    }
}
