// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the music lines of the first voice into {@link Item}s in written order. It owns the state that lives
 * between notes: pending broken rhythm, the running tuplet, ties and accidentals, and the bar count for messages.
 */
final class BodyReader {
    /** Characters that ABC 2.1 §8.1 reserves for later versions and asks readers to ignore. */
    private static final String RESERVED = "#*;?@";
    /** Longer than any real note (about 4000 whole notes) yet far below overflow when summed. */
    private static final double MAX_TICKS = 1.5e7;

    private final TuneState state;
    private final BodyCursor cursor = new BodyCursor();
    private final PitchSpeller speller = new PitchSpeller();
    private final List<Item> items = new ArrayList<>();
    private Item.Sound lastSound;
    private int[] lastNaturals;
    private double brokenFactor = 1;
    private String brokenSign;
    private Tuplet tuplet;
    private int tupletLeft;

    BodyReader(TuneState state) {
        this.state = state;
    }

    void readLine(SourceLine line) throws AbcSyntaxException {
        int start = 0;
        if (!state.voiceActive()) {
            start = firstVoiceResumes(line.text());
            if (start < 0) {
                return;
            }
        }
        cursor.load(line, start);
        while (!cursor.atEnd() && state.voiceActive()) {
            step();
        }
    }

    /** A field line inside the body, such as "K:G" or "V:2". */
    void readField(SourceLine line) throws AbcSyntaxException {
        char name = line.fieldName();
        if (!state.voiceActive() && name != 'V') {
            return;
        }
        try {
            applyField(name, line.fieldValue());
        } catch (FieldValueException e) {
            throw new AbcSyntaxException("ABC: " + e.getMessage() + " in bar " + cursor.bar() + " (line "
                    + line.number() + ")", line.number(), 1);
        }
    }

    List<Item> finish() throws AbcSyntaxException {
        if (brokenFactor != 1) {
            throw new AbcSyntaxException("ABC: the broken rhythm '" + brokenSign + "' in bar " + cursor.bar()
                    + " has no note after it");
        }
        return items;
    }

    private void step() throws AbcSyntaxException {
        char c = cursor.peek();
        switch (c) {
            case ' ', '\t', '`', '\\', '$', '.', '~', ')' -> cursor.next();
            case 'y' -> {
                cursor.next();
                cursor.digits(4);
            }
            case '"' -> quoted();
            case '!' -> skipDelimited('!', '!', "decoration");
            case '{' -> skipDelimited('{', '}', "grace notes");
            case '+' -> plus();
            case '(' -> paren();
            case '[' -> bracket();
            case '|', ':' -> barLine();
            case '-' -> tie();
            case '>', '<' -> broken();
            case '&' -> overlay();
            case 'z', 'x' -> rest();
            case 'Z', 'X' -> multiBarRest();
            default -> {
                if (c == '^' || c == '_' || c == '=' || Letters.index(c) >= 0) {
                    note();
                } else if (state.isDecoration(c) || RESERVED.indexOf(c) >= 0) {
                    cursor.next();
                } else {
                    throw cursor.unexpected();
                }
            }
        }
    }

    /** A chord symbol such as "Am"; annotations (text starting with ^ _ < > @) are skipped. */
    private void quoted() throws AbcSyntaxException {
        int open = cursor.position();
        cursor.next();
        int close = cursor.indexOf('"');
        if (close < 0) {
            throw cursor.failAt("unclosed chord symbol '\"'", open);
        }
        String text = cursor.text(open + 1, close).trim();
        cursor.moveTo(close + 1);
        if (!text.isEmpty() && "^_<>@".indexOf(text.charAt(0)) < 0) {
            items.add(new Item.ChordSymbol(text));
        }
    }

    private void skipDelimited(char open, char close, String what) throws AbcSyntaxException {
        int start = cursor.position();
        cursor.next();
        int end = cursor.indexOf(close);
        if (end < 0) {
            throw cursor.failAt("unclosed " + what + " '" + open + "'", start);
        }
        cursor.moveTo(end + 1);
    }

    /**
     * "+trill+" is a decoration; a lone '+' (the ABC 1.6 chord marker, as in "[+GB]") carries no meaning today and
     * is skipped.
     */
    private void plus() {
        int length = 1;
        while (Character.isLetterOrDigit(cursor.peek(length)) || "<>.()/".indexOf(cursor.peek(length)) >= 0) {
            length++;
        }
        cursor.moveTo(cursor.position() + (cursor.peek(length) == '+' && length > 1 ? length + 1 : 1));
    }

    private void paren() throws AbcSyntaxException {
        if (BarLineReader.isDigit(cursor.peek(1))) {
            tuplet = Tuplet.read(cursor, state.isCompoundMeter());
            tupletLeft = tuplet.r();
        } else {
            cursor.next();
        }
    }

    private void bracket() throws AbcSyntaxException {
        char c1 = cursor.peek(1);
        if (BarLineReader.isDigit(c1)) {
            cursor.next();
            items.add(new Item.Bar(Item.Structure.ENDING, BarLineReader.endings(cursor)));
        } else if (c1 == '|') {
            barLine();
        } else if (Character.isLetter(c1) && cursor.peek(2) == ':') {
            inlineField();
        } else {
            chord();
        }
    }

    private void inlineField() throws AbcSyntaxException {
        int open = cursor.position();
        int close = cursor.indexOf(']');
        char name = cursor.peek(1);
        if (close < 0) {
            throw cursor.failAt("unclosed inline field '[" + name + ":'", open);
        }
        String value = cursor.text(open + 3, close);
        cursor.moveTo(close + 1);
        try {
            applyField(name, value);
        } catch (FieldValueException e) {
            throw cursor.failAt(e.getMessage(), open);
        }
    }

    private void applyField(char name, String value) throws FieldValueException {
        switch (name) {
            case 'K' -> {
                state.setKey(KeyFieldReader.read(value, state.key()));
                ClefSettings.apply(value, state);
                items.add(new Item.KeyChange(state.key().key()));
            }
            case 'L' -> state.setUnitLength(UnitLengthReader.read(value));
            case 'M' -> {
                state.setMeter(MeterFieldReader.read(value));
                items.add(new Item.MeterChange(state.meter()));
            }
            case 'Q' -> {
                Double tempo = TempoFieldReader.read(value, state.unitLength());
                if (tempo != null) {
                    items.add(new Item.TempoChange(tempo));
                }
            }
            case 'P' -> {
                String label = value.strip();
                if (!label.isEmpty() && Character.isLetter(label.charAt(0))) {
                    items.add(new Item.Part(Character.toUpperCase(label.charAt(0))));
                }
            }
            case 'V' -> {
                state.switchVoice(value);
                if (state.voiceActive()) {
                    ClefSettings.apply(value, state);
                }
            }
            case 'U' -> state.defineDecoration(value);
            default -> {
                // Lyrics, notes, instructions and titles inside the body do not change the notes.
            }
        }
    }

    /** The position just after an inline "[V:id]" of the first voice on this line, or -1. */
    private int firstVoiceResumes(String text) {
        int from = 0;
        while (true) {
            int at = text.indexOf("[V:", from);
            if (at < 0) {
                return -1;
            }
            int close = text.indexOf(']', at);
            if (close < 0) {
                return -1;
            }
            state.switchVoice(text.substring(at + 3, close));
            if (state.voiceActive()) {
                return close + 1;
            }
            from = close + 1;
        }
    }

    private void chord() throws AbcSyntaxException {
        int open = cursor.position();
        int close = cursor.indexOf(']');
        int bar = cursor.indexOf('|');
        if (close < 0 || bar >= 0 && bar < close) {
            throw cursor.failAt("unclosed chord '['", open);
        }
        cursor.next();
        List<Integer> pitches = new ArrayList<>();
        List<Integer> naturals = new ArrayList<>();
        AbcFraction firstLength = null;
        boolean tied = false;
        int reserved = 0;
        boolean reservedOnly = true;
        while (true) {
            char c = cursor.peek();
            if (cursor.atEnd() || c == '|') {
                throw cursor.failAt("unclosed chord '['", open);
            }
            if (c == ']') {
                cursor.next();
                break;
            }
            reserved += RESERVED.indexOf(c) >= 0 ? 1 : 0;
            reservedOnly &= RESERVED.indexOf(c) >= 0 || c == ' ';
            if (c == '^' || c == '_' || c == '=' || Letters.index(c) >= 0) {
                int[] read = readPitch();
                AbcFraction length = LengthReader.read(cursor);
                if (!pitches.contains(read[1])) {
                    naturals.add(read[0]);
                    pitches.add(read[1]);
                }
                if (firstLength == null) {
                    firstLength = length;
                }
            } else if (c == '-') {
                tied = true;
                cursor.next();
            } else if (c == '!') {
                skipDelimited('!', '!', "decoration");
            } else if (c == '"') {
                quoted();
            } else if (c == '+') {
                plus();
            } else if (c == ' ' || c == '.' || c == '~' || c == '(' || c == ')' || RESERVED.indexOf(c) >= 0
                    || state.isDecoration(c)) {
                cursor.next();
            } else {
                throw cursor.fail("unexpected character '" + c + "' inside the chord opened at column " + (open + 1));
            }
        }
        if (pitches.isEmpty() && reservedOnly && reserved > 0) {
            // "[?]": brackets around reserved characters only, which a reader ignores.
            return;
        }
        if (pitches.isEmpty()) {
            throw cursor.failAt("empty chord '[]'", open);
        }
        AbcFraction outer = LengthReader.read(cursor);
        double ticks = unitTicks() * firstLength.value() * outer.value();
        sound(toArray(pitches), toArray(naturals), ticks, open);
        if (tied) {
            markTie();
        }
    }

    private void note() throws AbcSyntaxException {
        int start = cursor.position();
        int[] read = readPitch();
        AbcFraction length = LengthReader.read(cursor);
        sound(new int[] {read[1]}, new int[] {read[0]}, unitTicks() * length.value(), start);
    }

    /** Reads accidentals, a letter and octave marks; returns the natural MIDI number and the sounding pitch. */
    private int[] readPitch() throws AbcSyntaxException {
        int start = cursor.position();
        Integer explicit = null;
        char sign = cursor.peek();
        if (sign == '^' || sign == '_' || sign == '=') {
            cursor.next();
            explicit = sign == '^' ? 1 : sign == '_' ? -1 : 0;
            if (sign != '=' && cursor.accept(sign)) {
                explicit *= 2;
            }
        }
        int letter = Letters.index(cursor.peek());
        if (letter < 0) {
            throw cursor.failAt("the accidental '" + sign + "' is not followed by a note letter", start);
        }
        boolean lower = Character.isLowerCase(cursor.next());
        int natural = 60 + (lower ? 12 : 0) + 12 * state.octaveShift() + Letters.naturalSemitone(letter);
        while (cursor.peek() == '\'' || cursor.peek() == ',') {
            natural = Math.max(-1000, Math.min(1000, natural + (cursor.next() == '\'' ? 12 : -12)));
        }
        int pitch = speller.pitch(natural, letter, explicit, state.key(), state.propagation()) + state.transpose();
        if (pitch < 0 || pitch > 127) {
            throw cursor.failAt("the note '" + cursor.text(start, cursor.position()) + "' is outside the MIDI range "
                    + "0..127", start);
        }
        return new int[] {natural, pitch};
    }

    private void rest() throws AbcSyntaxException {
        int start = cursor.position();
        cursor.next();
        AbcFraction length = LengthReader.read(cursor);
        sound(new int[0], new int[0], unitTicks() * length.value(), start);
    }

    private void multiBarRest() throws AbcSyntaxException {
        int start = cursor.position();
        cursor.next();
        int bars = cursor.digits(4);
        if (bars == 0) {
            throw cursor.failAt("a multi-bar rest of 0 bars", start);
        }
        Item.Sound rest = new Item.Sound(new int[0], Math.max(bars, 1) * state.barTicks());
        items.add(rest);
        lastSound = rest;
        lastNaturals = new int[0];
        speller.soundDone();
    }

    private void sound(int[] pitches, int[] naturals, double baseTicks, int start) throws AbcSyntaxException {
        double ticks = baseTicks * brokenFactor;
        brokenFactor = 1;
        if (tupletLeft > 0) {
            ticks *= tuplet.factor();
            tupletLeft--;
        }
        checkLength(ticks, start);
        Item.Sound sound = new Item.Sound(pitches, ticks);
        items.add(sound);
        lastSound = sound;
        lastNaturals = naturals;
        speller.soundDone();
    }

    private void checkLength(double ticks, int start) throws AbcSyntaxException {
        if (ticks < 1) {
            throw cursor.failAt("a note shorter than one tick (1/" + AbcTune.PPQ + " of a quarter note)", start);
        }
        if (ticks > MAX_TICKS) {
            throw cursor.failAt("a note longer than " + (long) (MAX_TICKS / AbcTune.PPQ) + " quarter notes", start);
        }
    }

    private void tie() {
        cursor.next();
        markTie();
    }

    private void markTie() {
        if (lastSound != null && lastSound.pitches.length > 0) {
            lastSound.tied = true;
            speller.tie(lastNaturals, lastSound.pitches);
        }
    }

    /** "A>B" dots the first note and halves the second; ">>" and ">>>" double and triple the dot. */
    private void broken() throws AbcSyntaxException {
        int start = cursor.position();
        char sign = cursor.peek();
        int count = 0;
        while (cursor.accept(sign)) {
            count++;
        }
        brokenSign = cursor.text(start, cursor.position());
        if (count > 3) {
            throw cursor.failAt("the broken rhythm '" + brokenSign + "' has more than three signs", start);
        }
        if (lastSound == null) {
            throw cursor.failAt("the broken rhythm '" + brokenSign + "' has no note before it", start);
        }
        if (brokenFactor != 1) {
            throw cursor.failAt("two broken rhythms '" + brokenSign + "' in a row", start);
        }
        double shorter = 1.0 / (1 << count);
        double longer = 2 - shorter;
        lastSound.ticks *= sign == '>' ? longer : shorter;
        brokenFactor = sign == '>' ? shorter : longer;
        checkLength(lastSound.ticks, start);
    }

    /** "&" overlays a second voice on the bar; only the first voice is read, so the rest of the bar is skipped. */
    private void overlay() {
        state.warn("voice overlay '&' skipped");
        while (!cursor.atEnd() && cursor.peek() != '|' && cursor.peek() != ':') {
            cursor.next();
        }
    }

    private void barLine() throws AbcSyntaxException {
        items.addAll(BarLineReader.read(cursor));
        speller.newBar();
        cursor.countBar();
    }

    private double unitTicks() {
        return state.unitLength().ticks();
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
