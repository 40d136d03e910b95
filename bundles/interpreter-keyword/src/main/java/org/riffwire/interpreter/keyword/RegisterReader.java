// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.SpecField;

/**
 * Reads where the music sits, from low (−1) to high (1): "in a high register", "low-pitched" state it; "bright",
 * "airy", "sparkling" lean up and "dark", "deep", "muffled", "rumbling" lean down. The generator moves its parts
 * by up to seven semitones for ±1. "high energy", "low-key" and "lo-fi" are not registers.
 */
final class RegisterReader {
    /** What a stated register is worth: clearly high or low, short of the instruments' extremes. */
    static final double STATED = 0.8;
    /** A word that only suggests a register leans half as far, as a guess. */
    static final double LEAN = 0.5;
    static final double LEAN_CONFIDENCE = 0.55;
    /**
     * A stated register with no instruments named chooses players who live there: flute and celesta up high,
     * cello and bassoon down low. Below a genre's usual line-up (0.5), above the semantic interpreter's guess (0.3).
     */
    static final double LINE_UP = 0.45;
    /** The same players for words that only lean: above a sentence reading's tag (0.3), below a genre's. */
    static final double LEAN_LINE_UP = 0.35;
    private static final List<Integer> HIGH_LINE_UP = List.of(73, 8);
    private static final List<Integer> LOW_LINE_UP = List.of(42, 70);

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOUN = "(?:register|range|octaves?|notes?|pitch(?:es)?|voices?|tones?|melod(?:y|ies)|line)";
    private static final Pattern STATED_HIGH = Pattern.compile("(?<![\\p{L}])(?:(?:high|higher|upper|top)\\s+" + NOUN
            + "|high[\\s-]+pitched|treble\\s+register)(?![\\p{L}])", CI);
    private static final Pattern STATED_LOW = Pattern.compile("(?<![\\p{L}])(?:(?:low|lower|bottom|deep)\\s+" + NOUN
            + "|low[\\s-]+pitched|bass\\s+register)(?![\\p{L}])", CI);
    // Plain "high" or "low" before anything but the words that make them about something else.
    private static final String NOT_PITCH = "(?![\\s-]*(?:energy|tempo|speed|intensity|key|volume|fi|quality|budget"
            + "|levels?|octane|spirits|stakes|school|tide|lights?|points?|profile|end|mood|bpm|dynamics?)(?![\\p{L}]))";
    private static final Pattern LEAN_HIGH = Pattern.compile("(?<![\\p{L}])(?:bright|brilliant|airy|sparkling|sparkly"
            + "|shimmering|glittering|twinkling|tinkling|crystalline|glassy|soaring|chirping|high" + NOT_PITCH
            + ")(?![\\p{L}])", CI);
    private static final Pattern LEAN_LOW = Pattern.compile("(?<![\\p{L}])(?:dark|darker|deeper|muffled|murky"
            + "|rumbling|booming|growling|subterranean|muddy|sombre|somber|low" + NOT_PITCH + "|deep(?!\\s+house)"
            + ")(?![\\p{L}])", CI);
    private static final Pattern NEGATED = Pattern.compile("(?:\\b(?:not|no|never|without|nothing)\\s+(?:too\\s+|very\\s+|so\\s+)?)$",
            CI);

    void read(PromptText text, Findings found) {
        List<String> high = matches(text, STATED_HIGH);
        List<String> low = matches(text, STATED_LOW);
        // A high flute over a low cello places parts, not the piece: stated both ways, neither is the piece's.
        if (!high.isEmpty() && low.isEmpty()) {
            found.explicit(SpecField.REGISTER, STATED, high);
            lineUp(found, HIGH_LINE_UP, high, LINE_UP);
            return;
        }
        if (!low.isEmpty() && high.isEmpty()) {
            found.explicit(SpecField.REGISTER, -STATED, low);
            lineUp(found, LOW_LINE_UP, low, LINE_UP);
            return;
        }
        if (!high.isEmpty()) {
            return;
        }
        List<String> up = matches(text, LEAN_HIGH);
        List<String> down = matches(text, LEAN_LOW);
        if (up.isEmpty() && down.isEmpty()) {
            return;
        }
        double lean = LEAN * (up.size() - down.size()) / (up.size() + down.size());
        if (lean != 0) {
            List<String> words = new ArrayList<>(up);
            words.addAll(down);
            found.inferred(SpecField.REGISTER, lean, LEAN_CONFIDENCE, words);
            // Words that all lean one way also suggest the players, more faintly than a stated register.
            if (up.isEmpty() || down.isEmpty()) {
                lineUp(found, lean > 0 ? HIGH_LINE_UP : LOW_LINE_UP, words, LEAN_LINE_UP);
            }
        }
    }

    private static void lineUp(Findings found, List<Integer> programs, List<String> words, double confidence) {
        List<Instrument> players = programs.stream().map(p -> new Instrument(p, GeneralMidi.programName(p), null)).toList();
        found.inferred(SpecField.INSTRUMENTS, new InstrumentList(players), confidence, words);
    }

    private static List<String> matches(PromptText text, Pattern pattern) {
        List<String> words = new ArrayList<>();
        for (MatchResult m : text.find(pattern)) {
            String before = text.text().substring(Math.max(0, m.start() - 16), m.start());
            if (!NEGATED.matcher(before).find()) {
                words.add(text.words(m));
            }
        }
        return words;
    }
}
