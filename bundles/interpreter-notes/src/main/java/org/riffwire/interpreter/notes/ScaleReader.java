// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.spec.PitchSet;

/**
 * Finds scales named in a prompt: "A minor pentatonic", "pentatonic in A minor", "a pentatonic melody in G",
 * "E blues scale", "blues scale in E", "whole tone scale on C", "the C major scale", "D dorian scale", and the key
 * colours "only white keys" and "black notes only". Diatonic modes and the blues scale need the word "scale" (or
 * "mode"), because "in C major" and "an E blues" name a key or a style rather than a limit on the notes.
 */
final class ScaleReader {
    private static final String NOTE = "(" + NoteName.NAME + ")";
    private static final String TYPE = "(?i:(major[ \\t]+pentatonic|minor[ \\t]+pentatonic|pentatonic(?:[ \\t]+"
            + "(?:major|minor))?|blues|whole[ \\t-]?tone|harmonic[ \\t]+minor|melodic[ \\t]+minor|natural[ \\t]+minor"
            + "|major|minor|ionian|dorian|phrygian|lydian|mixolydian|aeolian|locrian))";
    private static final String SCALE_WORD = "(?:[ \\t]+(?i:(scale|mode)))?";
    private static final String END = "(?![\\p{L}\\d])";
    private static final String START = "(?<![\\p{L}\\d])";
    /** "A minor pentatonic", "the C major scale". */
    private static final Pattern NOTE_FIRST = Pattern.compile(START + NOTE + "[ \\t]+" + TYPE + SCALE_WORD + END);
    /** "pentatonic in A minor", "blues scale in E", "a pentatonic melody in G": up to two words in between. */
    private static final Pattern TYPE_FIRST = Pattern.compile(START + TYPE + SCALE_WORD
            + "(?:[ \\t]+(?!(?i:in|on|of|from)" + END + ")\\p{L}+){0,2}?[ \\t]+(?i:in|on|of|from|starting[ \\t]+on"
            + "|based[ \\t]+on)[ \\t]+(?:(?i:the)[ \\t]+)?" + NOTE + "(?:[ \\t]+(?i:(major|minor)))?" + END);
    private static final Pattern COLOUR = Pattern.compile("(?i)" + START + "(?:(?:only|just)[ \\t]+(?:(?:on|uses?"
            + "|using|plays?|playing)[ \\t]+)?(?:the[ \\t]+)?(white|black)[ \\t]+(?:keys|notes)|(white|black)[ \\t]+"
            + "(?:keys|notes)[ \\t]+only)" + END);
    private static final Pattern COLOUR_AFTER_TRIGGER = Pattern.compile("(?i)(?:the[ \\t]+)?(white|black)[ \\t]+"
            + "(?:keys|notes)" + END);
    private static final PitchSet WHITE = PitchSet.of(List.of(0, 2, 4, 5, 7, 9, 11));
    private static final PitchSet BLACK = PitchSet.of(List.of(1, 3, 6, 8, 10));

    private ScaleReader() {
    }

    /** Every scale named in the text, earliest first, none overlapping another. */
    static List<ScaleMatch> findAll(String text) {
        List<ScaleMatch> found = new ArrayList<>();
        Matcher m = NOTE_FIRST.matcher(text);
        while (m.find()) {
            // A lowercase "a" before the scale name is the article: "a minor pentatonic riff".
            if (!NoteName.mayBeArticle(m.group(1))) {
                of(m.group(3), m.group(2), null, m.group(1), m.start(), m.end()).ifPresent(found::add);
            }
        }
        m = TYPE_FIRST.matcher(text);
        while (m.find()) {
            boolean article = NoteName.mayBeArticle(m.group(3)) && m.group(4) == null && !endsClause(text, m.end());
            if (!article) {
                of(m.group(2), m.group(1), m.group(4), m.group(3), m.start(), m.end()).ifPresent(found::add);
            }
        }
        m = COLOUR.matcher(text);
        while (m.find()) {
            String colour = m.group(1) != null ? m.group(1) : m.group(2);
            found.add(colour(colour, m.start(), m.end()));
        }
        found.sort(Comparator.comparingInt(ScaleMatch::start).thenComparingInt(s -> -s.end()));
        List<ScaleMatch> kept = new ArrayList<>();
        for (ScaleMatch s : found) {
            if (kept.isEmpty() || s.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** "the white keys" right where a phrase such as "limited to" leaves off. */
    static Optional<ScaleMatch> colourAt(String text, int at) {
        Matcher m = COLOUR_AFTER_TRIGGER.matcher(text).region(at, text.length());
        return m.lookingAt() ? Optional.of(colour(m.group(1), m.start(), m.end())) : Optional.empty();
    }

    private static ScaleMatch colour(String colour, int start, int end) {
        return new ScaleMatch(start, end, colour.equalsIgnoreCase("white") ? WHITE : BLACK, null, null);
    }

    private static Optional<ScaleMatch> of(String scaleWord, String type, String quality, String note, int start,
            int end) {
        Scale scale = Scale.named(type, quality);
        Optional<Integer> tonic = NoteName.pitchClass(note);
        if (scale == null || tonic.isEmpty() || scale.needsWordScale() && scaleWord == null) {
            return Optional.empty();
        }
        return Optional.of(new ScaleMatch(start, end, scale.on(tonic.get()), tonic.get(), scale.mode()));
    }

    private static boolean endsClause(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || ".,;:!?)\n".indexOf(text.charAt(i)) >= 0;
    }
}
