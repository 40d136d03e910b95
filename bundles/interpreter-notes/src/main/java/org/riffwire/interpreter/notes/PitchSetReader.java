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

/**
 * Reads limits on the notes: a phrase such as "only uses", "using only", "limited to", "restricted to", "nothing
 * but" or "only the notes" followed by a note list or a scale, and scales named on their own ("pentatonic in A
 * minor"). Each becomes an explicit PITCH_SET, or MELODY_PITCH_SET when {@link MelodyScope} says so; a named scale
 * also states its tonic and, where it has one, its mode.
 */
final class PitchSetReader {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:"
            + "(?:only|just|solely|exclusively)\\s+(?:uses?|using|used|with|plays?|playing|contains?|containing|on|from)"
            + "|(?:uses?|using|used|plays?|playing|with|of|on)\\s+(?:only|just|solely|exclusively)"
            + "|(?:limited|restricted|confined|constrained|kept|stick(?:s|ing)?)\\s+to"
            + "|nothing\\s+but"
            + "|(?:only|just)(?=\\s+(?:the\\s+)?(?:notes?\\b|pitches\\b|tones\\b|white\\b|black\\b|[A-Ga-g]"
            + "(?:[#b♯♭]|\\s*-?\\s*(?i:sharp|flat))?(?![\\p{L}\\d]))))\\b");
    /** What may stand between the trigger and the list: "with only uses the notes of: …". */
    private static final Pattern FILLER = Pattern.compile("(?i)(?:\\s+(?:uses?|using|plays?|playing|contains?))?"
            + "(?:\\s+(?:the|these|those|following))?"
            + "(?:\\s+(?:notes?|pitches|pitch\\s+classes|tones))?(?:\\s+(?:of|from))?\\s*:?");

    private PitchSetReader() {
    }

    /** Adds what it finds to the patch and returns the spans it read, so other readers leave them alone. */
    static List<int[]> read(String text, SpecPatch.Builder patch) {
        List<int[]> taken = new ArrayList<>();
        MelodyScope scope = new MelodyScope(text);
        List<ScaleMatch> scales = new ArrayList<>(ScaleReader.findAll(text));
        Matcher trigger = TRIGGER.matcher(text);
        while (trigger.find()) {
            Matcher filler = FILLER.matcher(text).region(trigger.end(), text.length());
            int listStart = filler.lookingAt() ? filler.end() : trigger.end();
            int at = skipSpaces(text, listStart);
            Optional<ScaleMatch> scale = scaleAt(scales, at).or(() -> ScaleReader.colourAt(text, at));
            if (scale.isPresent()) {
                // The scale is read below, with the trigger's words in front of it.
                ScaleMatch extended = scale.get().withStart(trigger.start());
                scales.removeIf(s -> s.start() < extended.end() && s.end() > extended.start());
                scales.add(extended);
                continue;
            }
            List<NoteToken> notes = NoteListReader.read(text, listStart, false);
            if (notes.isEmpty() || overlaps(taken, trigger.start())) {
                continue;
            }
            int end = notes.get(notes.size() - 1).end();
            List<Integer> pcs = notes.stream().map(NoteToken::pitchClass).toList();
            add(patch, scope, text, trigger.start(), end, PitchSet.of(pcs));
            taken.add(new int[] {trigger.start(), end});
        }
        for (ScaleMatch s : scales) {
            if (overlaps(taken, s.start())) {
                continue;
            }
            String words = text.substring(s.start(), s.end());
            add(patch, scope, text, s.start(), s.end(), s.pitchSet());
            if (s.tonic() != null) {
                patch.explicit(SpecField.TONIC, s.tonic(), words);
            }
            if (s.mode() != null) {
                patch.explicit(SpecField.MODE, s.mode(), words);
            }
            taken.add(new int[] {s.start(), s.end()});
        }
        return taken;
    }

    private static void add(SpecPatch.Builder patch, MelodyScope scope, String text, int start, int end, PitchSet set) {
        String words = text.substring(start, end);
        patch.explicit(scope.isMelodyOnly(start) ? SpecField.MELODY_PITCH_SET : SpecField.PITCH_SET, set, words);
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
