// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of note names from a position in the prompt: "A, B, C#, F#, and G", "E G B D", "C/D/E", "A4 B4
 * C#5", "B flat or F sharp". The list stops at the first word that is not a note. Each name is read by
 * {@link NoteName}.
 */
final class NoteListReader {
    private static final Pattern LIST_WORD = Pattern.compile("(and|or|then)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    /** Words that turn a note letter into a key or chord name ("A minor", "C major chord"): not a list item. */
    private static final Set<String> QUALITIES = Set.of("major", "minor", "maj", "min", "dim", "aug", "sus",
            "chord", "chords", "scale", "key", "pentatonic", "blues", "dorian", "phrygian", "lydian", "mixolydian",
            "aeolian", "locrian", "ionian", "mode", "harmonic", "melodic", "natural", "whole", "m", "m7", "7", "maj7");

    private NoteListReader() {
    }

    /**
     * @param sequence true for ordered note sequences, which also take "-", "then" and arrows between notes
     * @return the notes read, possibly none
     */
    static List<NoteToken> read(String text, int from, boolean sequence) {
        List<NoteToken> notes = new ArrayList<>();
        int i = from;
        while (true) {
            int at = skipSeparators(text, i, sequence, notes.isEmpty());
            Optional<NoteToken> note = NoteName.read(text, at);
            if (note.isEmpty()) {
                break;
            }
            notes.add(note.get());
            i = note.get().end();
        }
        dropNonNotes(text, notes);
        return notes;
    }

    private static int skipSeparators(String text, int from, boolean sequence, boolean first) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == ':' && first) {
                i++;
            } else if (!first && (c == ',' || c == '/' || c == '&' || c == '+')) {
                i++;
            } else if (!first && sequence && (c == '-' || c == '–' || c == '→' || c == '>')) {
                i++;
            } else if (!first && isListWord(text, i, sequence)) {
                Matcher m = LIST_WORD.matcher(text).region(i, text.length());
                m.lookingAt();
                i = m.end();
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isListWord(String text, int i, boolean sequence) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        Matcher m = LIST_WORD.matcher(text).region(i, text.length());
        return m.lookingAt() && (sequence || !m.group(1).equalsIgnoreCase("then"));
    }

    /**
     * Drops a last item that is not a note after all: a lowercase "a" before a word is the article ("limited to a
     * few notes"), and a letter before "minor", "chord" and the like names a key or chord.
     */
    private static void dropNonNotes(String text, List<NoteToken> notes) {
        while (!notes.isEmpty()) {
            NoteToken last = notes.get(notes.size() - 1);
            String next = nextWord(text, last.end());
            boolean article = last.article() && !next.isEmpty() && Character.isLetter(next.charAt(0));
            if (!article && !QUALITIES.contains(next.toLowerCase(Locale.ROOT))) {
                return;
            }
            notes.remove(notes.size() - 1);
        }
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

}
