// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.NoteSequence;

/**
 * Reads notes the prompt spells out in order: "play the notes C D E F G A B C", "starting with E G B", "starts
 * with the notes A4 B4 C#5", "begins with G G D D E E D", "opening notes: C E G", "melody: D F# A". Notes with an
 * octave number are MIDI numbers; notes without one are pitch classes. No durations are given.
 */
final class NoteSequenceReader {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:"
            + "(?:play(?:s|ing|ed)?|sing(?:s|ing)?)\\s+the\\s+(?:notes?|sequence|melody)"
            + "|(?:start(?:s|ing|ed)?|begin(?:s|ning)?|open(?:s|ing|ed)?|kick(?:s|ing)?\\s+off)\\s+(?:with|on)"
            + "|opening\\s+(?:notes?|phrase|motif|line)\\s*:?"
            + "|(?:melody|notes|motif|riff|theme|hook|phrase)\\s*:)");
    private static final Pattern FILLER = Pattern.compile("(?i)(?:\\s+(?:the|these))?"
            + "(?:\\s+(?:notes?|pitches|melody|phrase|motif|sequence))?\\s*:?");

    private NoteSequenceReader() {
    }

    /** A note sequence whose words start at a trigger outside {@code taken}, with its words. */
    record Found(NoteSequence sequence, String words) {
    }

    static List<Found> read(String text, List<int[]> taken) {
        List<Found> found = new ArrayList<>();
        Matcher trigger = TRIGGER.matcher(text);
        while (trigger.find()) {
            Matcher filler = FILLER.matcher(text).region(trigger.end(), text.length());
            int listStart = filler.lookingAt() ? filler.end() : trigger.end();
            List<NoteToken> notes = NoteListReader.read(text, listStart, true);
            if (notes.isEmpty() || PitchSetReader.overlaps(taken, notes.get(0).start())) {
                continue;
            }
            int end = notes.get(notes.size() - 1).end();
            found.add(new Found(sequence(notes), text.substring(trigger.start(), end)));
            taken.add(new int[] {trigger.start(), end});
        }
        return found;
    }

    private static NoteSequence sequence(List<NoteToken> notes) {
        List<ExplicitNote> explicit = new ArrayList<>();
        for (NoteToken n : notes) {
            int pitch = n.hasOctave() ? n.midi() : n.pitchClass();
            explicit.add(new ExplicitNote(List.of(pitch), n.hasOctave(), 0, null));
        }
        return new NoteSequence(explicit);
    }
}
