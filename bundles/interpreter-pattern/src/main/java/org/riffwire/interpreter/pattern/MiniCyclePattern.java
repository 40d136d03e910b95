// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.riffwire.api.spec.CycleEvent;
import org.riffwire.api.spec.CyclePattern;
import org.riffwire.interpreter.pattern.mini.Atom;
import org.riffwire.interpreter.pattern.mini.Hap;
import org.riffwire.interpreter.pattern.mini.MiniNotation;
import org.riffwire.interpreter.pattern.mini.MiniSyntaxException;
import org.riffwire.interpreter.pattern.mini.Pattern;
import org.riffwire.interpreter.pattern.mini.Rational;

/**
 * A mini-notation pattern as a part's notes: every word is checked when it is made (a note name, a number, a
 * drum sound for a drum part), so a pattern that is made plays.
 */
final class MiniCyclePattern implements CyclePattern {
    private final String source;
    private final boolean drums;
    private final Pitches.Scale scale;
    private final Pattern<Integer> notes;

    /** A word the part cannot play, with its column in the pattern. */
    static final class WordException extends Exception {
        private static final long serialVersionUID = 1L;

        WordException(String message) {
            super(message);
        }
    }

    private MiniCyclePattern(String source, boolean drums, Pitches.Scale scale, Pattern<Integer> notes) {
        this.source = source;
        this.drums = drums;
        this.scale = scale;
        this.notes = notes;
    }

    /**
     * @param scale the scale numbers are degrees of, or null: numbers are then MIDI notes
     * @throws MiniSyntaxException when the pattern is not mini-notation
     * @throws WordException when a word is not something the part plays
     */
    static MiniCyclePattern of(String source, boolean drums, Pitches.Scale scale) throws MiniSyntaxException, WordException {
        MiniNotation.Parsed parsed = MiniNotation.read(source);
        for (Atom a : parsed.words()) {
            note(a, drums, scale);
        }
        Pattern<Integer> notes = parsed.pattern().map(a -> {
            try {
                return note(a, drums, scale);
            } catch (WordException checkedAbove) {
                throw new IllegalStateException(checkedAbove);
            }
        });
        return new MiniCyclePattern(source, drums, scale, notes);
    }

    /** Whether every word of a pattern is a drum sound (then it is a drum part when nothing says otherwise). */
    static boolean allDrums(String source) throws MiniSyntaxException {
        List<Atom> words = MiniNotation.read(source).words();
        return !words.isEmpty() && words.stream().allMatch(a -> Sounds.DRUMS.containsKey(a.text().toLowerCase(java.util.Locale.ROOT)));
    }

    private static int note(Atom a, boolean drums, Pitches.Scale scale) throws WordException {
        String word = a.text();
        if (drums) {
            Integer key = Sounds.DRUMS.get(word.toLowerCase(java.util.Locale.ROOT));
            if (key == null) {
                throw new WordException("'" + word + "' at " + a.column() + " is not a drum sound; drums play "
                        + String.join(" ", new java.util.TreeSet<>(Sounds.DRUMS.keySet())));
            }
            return key;
        }
        if (word.matches("-?\\d+")) {
            long n = Long.parseLong(word);
            int midi = scale != null ? scale.degree(n) : (int) Math.max(-1, Math.min(128, n));
            if (midi < 0 || midi > 127) {
                throw new WordException(scale != null ? "degree " + word + " at " + a.column() + " of " + scale.name()
                        + " is outside MIDI's notes" : "'" + word + "' at " + a.column() + " is no MIDI note (0 to 127)");
            }
            return midi;
        }
        OptionalInt midi = Pitches.noteName(word);
        if (midi.isEmpty()) {
            throw new WordException(Sounds.DRUMS.containsKey(word.toLowerCase(java.util.Locale.ROOT))
                    ? "'" + word + "' at " + a.column() + " is a drum sound in a pattern an instrument plays; give it to the drums"
                    : "'" + word + "' at " + a.column() + " is not a note (c3, eb4, f#), a number or a drum sound");
        }
        if (midi.getAsInt() < 0 || midi.getAsInt() > 127) {
            throw new WordException("'" + word + "' at " + a.column() + " is outside MIDI's notes");
        }
        return midi.getAsInt();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<CycleEvent> notesStartingIn(long cycle) {
        List<CycleEvent> events = new ArrayList<>();
        Rational start = Rational.of(cycle);
        for (Hap<Integer> h : notes.onsetsIn(cycle)) {
            Rational begin = h.whole().begin().sub(start);
            Rational length = h.whole().length();
            events.add(new CycleEvent(begin.numerator(), begin.denominator(), length.numerator(), length.denominator(),
                    h.value()));
        }
        return events;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MiniCyclePattern other && source.equals(other.source) && drums == other.drums
                && Objects.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, drums, scale);
    }

    @Override
    public String toString() {
        return source;
    }
}
