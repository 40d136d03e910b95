// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads every tune of a song book with Riffwire's parser and with abc2midi, compares the notes (pitch and onset,
 * chords as sets) and gives each tune a verdict: "match", or the class of its difference. A class is found, in this
 * order: the parser refuses the tune (by the kind of its message); the tune said explicitly (see
 * {@link ExplicitAbc}) makes abc2midi agree; abc2midi itself reports an error on the tune; the tune ties a note
 * into its endings or ties with no note before; else "unexplained".
 */
final class AbcDifferential {
    /** abc2midi's own error messages, by how they start, and the class each names. */
    private static final Map<String, String> ABC2MIDI_ERRORS = Map.of(
            "cannot apply broken rhythm", "broken rhythm on notes of unequal length",
            "found another |: after a |:", "a second repeat start before the repeat end",
            "found [1 or like before |:", "an ending after the repeat it belongs to",
            "unknown mode", "words after the key");
    private static final Pattern TIE_INTO_ENDINGS = Pattern.compile("-\\s*\\|\\s*(\\[1|1)");
    private static final Pattern TIE_WITHOUT_NOTE = Pattern.compile("(^|\"|\\|)\\s*-");

    record Verdict(String x, String title, String verdict, String detail) {
        boolean matches() {
            return verdict.equals("match");
        }

        /** The class names of a difference: "a + b" names two. */
        List<String> classes() {
            return matches() ? List.of() : List.of(verdict.split(" \\+ "));
        }
    }

    private final AbcParser parser = new AbcParser();
    private final Path work;

    AbcDifferential(Path work) {
        this.work = work;
    }

    List<Verdict> run(Path book) throws IOException, InterruptedException {
        String name = book.getParent().getFileName() + "-" + book.getFileName().toString().replace(".abc", "");
        Abc2Midi.Run reference = Abc2Midi.convert(Files.readString(book), work.resolve(name));
        List<Verdict> verdicts = new ArrayList<>();
        int single = 0;
        for (String tune : tunes(Files.readString(book))) {
            String x = tune.lines().findFirst().orElseThrow().substring(2).strip();
            String title = tune.lines().filter(l -> l.startsWith("T:")).findFirst().orElse("T:").substring(2).strip();
            List<Onset> ref = reference.notes(x);
            List<Onset> ours;
            try {
                ours = notes(parser.parse(tune));
            } catch (AbcSyntaxException e) {
                verdicts.add(new Verdict(x, title, "refused: " + refusalKind(e.getMessage()), e.getMessage()));
                continue;
            }
            if (ref != null && Onset.same(ours, ref)) {
                verdicts.add(new Verdict(x, title, "match", ""));
                continue;
            }
            Path folder = work.resolve(name + "-" + (single++));
            verdicts.add(new Verdict(x, title, classify(tune, ours, folder), firstDifference(ref, ours)));
        }
        return verdicts;
    }

    private String classify(String tune, List<Onset> ours, Path folder) throws IOException, InterruptedException {
        ExplicitAbc explicit = new ExplicitAbc(tune);
        if (!explicit.applied.isEmpty()) {
            List<Onset> ref = Abc2Midi.convert(explicit.text, folder.resolve("explicit")).notes(x(tune));
            List<Onset> oursExplicit;
            try {
                oursExplicit = notes(parser.parse(explicit.text));
            } catch (AbcSyntaxException e) {
                return "unexplained: the explicit tune does not parse: " + e.getMessage();
            }
            if (!Onset.same(oursExplicit, ours)) {
                return "unexplained: Riffwire reads the explicit tune differently";
            }
            if (ref != null && Onset.same(ref, ours)) {
                return String.join(" + ", explicit.applied);
            }
        }
        String log = Abc2Midi.convert(tune, folder.resolve("plain")).log();
        for (String line : log.lines().toList()) {
            if (line.startsWith("Error")) {
                String message = line.replaceFirst("^Error in line-char [0-9-]+ :\\s*", "").strip()
                        .toLowerCase(Locale.ROOT);
                return "abc2midi error: " + ABC2MIDI_ERRORS.entrySet().stream()
                        .filter(e -> message.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                        .orElse(message.replace('|', '¦'));
            }
        }
        String music = music(tune);
        if (TIE_INTO_ENDINGS.matcher(music).find()) {
            return "tie into the endings";
        }
        if (TIE_WITHOUT_NOTE.matcher(music).find()) {
            return "tie with no note before it";
        }
        return "unexplained";
    }

    private static String x(String tune) {
        return tune.lines().findFirst().orElseThrow().substring(2).strip();
    }

    /** The music lines of a tune, one per line, with chord symbols blanked. */
    private static String music(String tune) {
        StringBuilder b = new StringBuilder();
        boolean body = false;
        for (String line : tune.split("\n")) {
            if (body && ExplicitAbc.isMusic(line)) {
                b.append(line.replaceAll("\"[^\"]*\"", "\"\"")).append('\n');
            }
            body |= line.startsWith("K:");
        }
        return b.toString();
    }

    /** "unexpected character ':' (a repeat …) in bar 46 (line 21, column 45)" is of kind "unexpected character". */
    static String refusalKind(String message) {
        String kind = message.replaceFirst("^ABC: ", "");
        int cut = kind.length();
        for (String stop : List.of(" '", " (", " in bar", ":")) {
            int at = kind.indexOf(stop);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return kind.substring(0, cut);
    }

    static List<Onset> notes(AbcTune tune) {
        List<Onset> notes = new ArrayList<>();
        for (AbcNote n : tune.notes()) {
            for (int p : n.pitches()) {
                notes.add(new Onset(n.startTick() / (double) AbcTune.PPQ, p));
            }
        }
        return Onset.inOrder(notes);
    }

    private static String firstDifference(List<Onset> ref, List<Onset> ours) {
        if (ref == null) {
            return "abc2midi wrote no MIDI file";
        }
        int i = 0;
        while (i < ref.size() && i < ours.size() && ref.get(i).sameAs(ours.get(i))) {
            i++;
        }
        return "note " + i + ": abc2midi " + ref.subList(i, Math.min(ref.size(), i + 4)) + " of " + ref.size()
                + ", Riffwire " + ours.subList(i, Math.min(ours.size(), i + 4)) + " of " + ours.size();
    }

    /** Splits a song book into tunes: each starts at an X: line. */
    static List<String> tunes(String book) {
        List<String> tunes = new ArrayList<>();
        for (String part : book.split("(?m)(?=^X:)")) {
            if (part.startsWith("X:")) {
                tunes.add(part);
            }
        }
        return tunes;
    }
}
