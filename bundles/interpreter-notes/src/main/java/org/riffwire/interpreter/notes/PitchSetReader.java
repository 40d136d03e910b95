// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.interpreter.notes.PartScope.Part;

/**
 * Reads limits on the notes: a phrase such as "only uses", "using only", "limited to", "restricted to", "nothing
 * but" or "only the notes" followed by a note list or a scale, and scales named on their own ("pentatonic in A
 * minor"), and lists of three or more notes named as the material ("built from the notes E G A B D"). Each becomes
 * an explicit PITCH_SET, MELODY_PITCH_SET or BASS_PITCH_SET as {@link PartScope} says; a limit on the chords is
 * dropped. A named scale also suggests its tonic and, where it has one, its mode, as inferred values.
 */
final class PitchSetReader {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:"
            + "(?:only|just|solely|exclusively)\\s+(?:uses?|using|used|with|plays?|playing|contains?|containing|on|from)"
            + "|(?:uses?|using|used|plays?|playing|with|of|on)\\s+(?:only|just|solely|exclusively)"
            + "|(?:limited|restricted|confined|constrained|kept|stick(?:s|ing)?)\\s+to"
            + "|nothing\\s+but"
            + "|(?:only|just)(?=\\s+(?:the\\s+)?(?:notes?\\b|pitches\\b|tones\\b|white\\b|black\\b|"
            + NoteName.WORD + ")))\\b");
    /** What may stand between the trigger and the list: "with only uses the notes of: …". */
    private static final Pattern FILLER = Pattern.compile("(?i)(?:\\s+(?:uses?|using|plays?|playing|contains?))?"
            + "(?:\\s+(?:the|these|those|following))?"
            + "(?:\\s+(?:notes?|pitches|pitch\\s+classes|tones))?(?:\\s+(?:of|from))?\\s*:?");

    /**
     * A phrase that names the notes a piece is made of: "built from the notes", "with the notes", "uses the notes",
     * "made of notes", "on the notes". Without "only" it is weaker than {@link #TRIGGER}, so it limits the notes
     * only for a list of {@link #MATERIAL_MIN} or more different notes, and never after a verb of beginning or
     * playing: "starts with the notes A B C" is an opening, and so is "play the notes …".
     */
    private static final Pattern MATERIAL = Pattern.compile("(?i)\\b(?:uses?|using|used|with|from|on"
            + "|(?:built|made|composed|written)(?:\\s+(?:up\\s+)?(?:of|from|on|with|out\\s+of|around))?)"
            + "\\s+(?:the\\s+)?notes\\b");
    private static final int MATERIAL_MIN = 3;
    /** The word before a {@link #MATERIAL} phrase that makes its list an opening or a melody, not a limit. */
    private static final Pattern BEGINNING = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:start(?:s|ing|ed)?"
            + "|begin(?:s|ning)?|began|open(?:s|ing|ed)?|off|end(?:s|ing|ed)?|finish(?:es|ing|ed)?|land(?:s|ing|ed)?"
            + "|resolv(?:e|es|ing|ed)|play(?:s|ing|ed)?|sing(?:s|ing)?)[ \\t]*$");
    private static final int BEGINNING_LOOK_BACK = 16;
    /** A scale states a key less firmly than "in C major" does, so a key named elsewhere wins over it. */
    static final double SCALE_KEY_CONFIDENCE = 0.9;

    private PitchSetReader() {
    }

    /** Adds what it finds to the patch and returns the spans it read, so other readers leave them alone. */
    static List<int[]> read(String text, SpecPatch.Builder patch) {
        List<int[]> taken = new ArrayList<>();
        PartScope scope = new PartScope(text);
        List<ScaleMatch> scales = new ArrayList<>(ScaleReader.findAll(text));
        readLists(text, TRIGGER.matcher(text), 1, patch, scope, scales, taken);
        readLists(text, MATERIAL.matcher(text), MATERIAL_MIN, patch, scope, scales, taken);
        for (ScaleMatch s : scales) {
            if (overlaps(taken, s.start())) {
                continue;
            }
            String words = text.substring(s.start(), s.end());
            Part part = scope.of(s.start());
            add(patch, part, words, s.pitchSet());
            // The scale's notes are the hard limit; the key it implies is a guess that a key named elsewhere
            // overrides ("a C major piece using the A minor pentatonic scale"). A bass or chord scale implies none.
            if (part == Part.ALL || part == Part.MELODY) {
                if (s.tonic() != null) {
                    patch.inferred(SpecField.TONIC, s.tonic(), words, SCALE_KEY_CONFIDENCE);
                }
                if (s.mode() != null) {
                    patch.inferred(SpecField.MODE, s.mode(), words, SCALE_KEY_CONFIDENCE);
                }
            }
            taken.add(new int[] {s.start(), s.end()});
        }
        return taken;
    }

    /**
     * Reads the note list or scale after each trigger. A scale is left in {@code scales} with the trigger's words
     * in front of it, to be read with the other scales.
     */
    private static void readLists(String text, Matcher trigger, int minDistinct, SpecPatch.Builder patch,
            PartScope scope, List<ScaleMatch> scales, List<int[]> taken) {
        while (trigger.find()) {
            if (overlaps(taken, trigger.start()) || minDistinct > 1 && afterBeginning(text, trigger.start())) {
                continue;
            }
            Matcher filler = FILLER.matcher(text).region(trigger.end(), text.length());
            int listStart = filler.lookingAt() ? filler.end() : trigger.end();
            int at = skipSpaces(text, listStart);
            Optional<ScaleMatch> scale = scaleAt(scales, at).or(() -> ScaleReader.colourAt(text, at));
            if (scale.isPresent()) {
                ScaleMatch extended = scale.get().withStart(trigger.start());
                scales.removeIf(s -> s.start() < extended.end() && s.end() > extended.start());
                scales.add(extended);
                continue;
            }
            List<NoteToken> notes = NoteListReader.read(text, listStart, false);
            List<Integer> pcs = notes.stream().map(NoteToken::pitchClass).toList();
            if (pcs.stream().distinct().count() < Math.max(1, minDistinct)) {
                continue;
            }
            int end = notes.get(notes.size() - 1).end();
            add(patch, scope.of(trigger.start()), text.substring(trigger.start(), end), PitchSet.of(pcs));
            taken.add(new int[] {trigger.start(), end});
        }
    }

    private static boolean afterBeginning(String text, int at) {
        int from = Math.max(0, at - BEGINNING_LOOK_BACK);
        return BEGINNING.matcher(text).region(from, at).find();
    }

    /**
     * Adds the limit to the field of its part. Chords have no field, and a wrong limit on every part is worse than
     * none, so a limit on the chords is read (its words are taken) but not added.
     */
    private static void add(SpecPatch.Builder patch, Part part, String words, PitchSet set) {
        switch (part) {
            case ALL -> patch.explicit(SpecField.PITCH_SET, set, words);
            case MELODY -> patch.explicit(SpecField.MELODY_PITCH_SET, set, words);
            case BASS -> patch.explicit(SpecField.BASS_PITCH_SET, set, words);
            case CHORDS -> {
            }
        }
    }

    private static Optional<ScaleMatch> scaleAt(List<ScaleMatch> scales, int at) {
        return scales.stream().filter(s -> s.start() == at).findFirst();
    }

    static boolean overlaps(List<int[]> spans, int position) {
        return spans.stream().anyMatch(s -> position >= s[0] && position < s[1]);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
