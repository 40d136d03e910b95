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
 * with the notes A4 B4 C#5", "begins with G G D D E E D", "opening notes: C E G", "melody: D F# A", and, with
 * two notes or more, "start the melody on E then D then C", "whose first notes are D F# A", "the melody goes C D E
 * F G". Notes with an octave number are MIDI numbers; notes without one are pitch classes. No durations are given.
 */
final class NoteSequenceReader {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:"
            + "(?:play(?:s|ing|ed)?|sing(?:s|ing)?)\\s+the\\s+(?:notes?|sequence|melody)"
            + "|(?:start(?:s|ing|ed)?|begin(?:s|ning)?|open(?:s|ing|ed)?|kick(?:s|ing)?\\s+off)\\s+(?:with|on)"
            + "|opening\\s+(?:notes?|phrase|motif|line)\\s*:?"
            + "|(?:melody|notes|motif|riff|theme|hook|phrase)\\s*:)");
    /**
     * Looser phrases that say how the melody goes: "start the melody on E then D then C", "whose first notes are D
     * F# A", "the melody goes C D E F G", "first notes: G A B". Their list needs {@link #LOOSE_MIN} notes, so
     * that a lone letter ("the melody goes a bit higher") is not read as one.
     */
    private static final Pattern LOOSE_TRIGGER = Pattern.compile("(?i)\\b(?:"
            + "(?:start|begin|open)(?:s|ing|ed)?\\s+(?:the|its|your|this|my|our)\\s+"
            + "(?:[\\p{L}-]+\\s+)?(?:melody|tune|song|piece|riff|theme|phrase|line|solo|hook|motif)\\s+(?:with|on)"
            + "|(?:first|opening|starting)\\s+(?:(?:few|two|three|four|five|six|seven|eight|\\d)\\s+)?"
            + "(?:notes?|pitches)(?:\\s+(?:are|were|is|should\\s+be|must\\s+be|will\\s+be|of\\s+the\\s+melody\\s+are))?"
            + "\\s*:?"
            + "|(?:melody|tune|riff|theme|hook|phrase|line|motif)\\s+(?:goes|runs|reads)(?:\\s+like\\s+(?:this|so))?"
            + "\\s*:?)");
    private static final int LOOSE_MIN = 2;
    private static final Pattern FILLER = Pattern.compile("(?i)(?:\\s+(?:the|these))?"
            + "(?:\\s+(?:notes?|pitches|melody|phrase|motif|sequence))?\\s*:?");

    private NoteSequenceReader() {
    }

    /** A note sequence whose words start at a trigger outside {@code taken}, with its words. */
    record Found(NoteSequence sequence, String words) {
    }

    static List<Found> read(String text, List<int[]> taken) {
        List<Found> found = new ArrayList<>();
        // The looser phrases go first: "first notes: G A B" is better words than the "notes: G A B" inside it.
        read(text, LOOSE_TRIGGER.matcher(text), LOOSE_MIN, taken, found);
        read(text, TRIGGER.matcher(text), 1, taken, found);
        return found;
    }

    private static void read(String text, Matcher trigger, int min, List<int[]> taken, List<Found> found) {
        while (trigger.find()) {
            if (PitchSetReader.overlaps(taken, trigger.start())) {
                continue;
            }
            Matcher filler = FILLER.matcher(text).region(trigger.end(), text.length());
            int listStart = filler.lookingAt() ? filler.end() : trigger.end();
            List<NoteToken> notes = NoteListReader.read(text, listStart, true);
            if (notes.size() < min || PitchSetReader.overlaps(taken, notes.get(0).start())) {
                continue;
            }
            int end = notes.get(notes.size() - 1).end();
            found.add(new Found(sequence(notes), text.substring(trigger.start(), end)));
            taken.add(new int[] {trigger.start(), end});
        }
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
