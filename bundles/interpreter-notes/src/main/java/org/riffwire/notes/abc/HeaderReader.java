// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.riffwire.api.music.Meter;

/**
 * Reads the header: the field lines from the first one up to and including K:. A tune that starts with X: must
 * have a K:; a text of fields without X: may go straight to music, in C major; a text without any fields is a bare
 * body read with L:1/8, M:4/4 and K:C.
 */
final class HeaderReader {
    private final TuneState state;
    private final Map<Character, String> fields = new LinkedHashMap<>();
    private String tempoText;
    private int tempoLine;
    private Double tempo;

    HeaderReader(TuneState state) {
        this.state = state;
    }

    /** @return the index of the first body line */
    int read(List<SourceLine> lines, int first) throws AbcSyntaxException {
        if (!lines.get(first).isField()) {
            state.setMeter(Meter.COMMON);
            state.setUnitLength(AbcFraction.EIGHTH);
            return first;
        }
        boolean numbered = lines.get(first).fieldName() == 'X';
        boolean keySeen = false;
        int i = first;
        for (; i < lines.size() && !keySeen; i++) {
            SourceLine line = lines.get(i);
            if (line.directive() != null) {
                state.applyDirective(line.directive());
            }
            if (line.isBlank()) {
                continue;
            }
            if (!line.isField()) {
                break;
            }
            keySeen = line.fieldName() == 'K';
            apply(line);
        }
        if (!keySeen && numbered) {
            String where = i < lines.size() ? "before the music at line " + lines.get(i).number() : "at all";
            throw new AbcSyntaxException("ABC: K: field missing: the header of tune X:" + fields.get('X')
                    + " must end with a K: field, and there is none " + where, i < lines.size()
                    ? lines.get(i).number() : 0, 0);
        }
        if (state.unitLength() == null) {
            state.setUnitLength(UnitLengthReader.defaultFor(state.meter()));
        }
        if (tempoText != null) {
            tempo = at(tempoLine, () -> TempoFieldReader.read(tempoText, state.unitLength()));
        }
        return i;
    }

    private void apply(SourceLine line) throws AbcSyntaxException {
        char name = line.fieldName();
        String value = line.fieldValue();
        fields.putIfAbsent(name, value);
        switch (name) {
            case 'K' -> {
                state.setKey(at(line.number(), () -> KeyFieldReader.read(value, state.key())));
                clefSettings(line.number(), value);
            }
            case 'M' -> state.setMeter(at(line.number(), () -> MeterFieldReader.read(value)));
            case 'L' -> state.setUnitLength(at(line.number(), () -> UnitLengthReader.read(value)));
            case 'Q' -> {
                // "Q:120" counts unit note lengths, so it is read once L: is known.
                tempoText = value;
                tempoLine = line.number();
            }
            case 'V' -> {
                // The header declares voices; the first one's clef settings hold until its body V: says otherwise.
                boolean first = state.declareVoice(value);
                if (first) {
                    clefSettings(line.number(), value);
                }
            }
            case 'U' -> state.defineDecoration(value);
            default -> {
                // Reference number, titles, composer, origin, notes and the like do not change the music.
            }
        }
    }

    Map<Character, String> fields() {
        return fields;
    }

    String title() {
        return fields.get('T');
    }

    Double tempo() {
        return tempo;
    }

    /** Reads one field value, turning a bad value into an error that names its line. */
    private void clefSettings(int line, String value) throws AbcSyntaxException {
        at(line, () -> {
            ClefSettings.apply(value, state);
            return null;
        });
    }

    private static <T> T at(int line, FieldRead<T> read) throws AbcSyntaxException {
        try {
            return read.read();
        } catch (FieldValueException e) {
            throw new AbcSyntaxException("ABC: " + e.getMessage() + " (line " + line + ")", line, 0);
        }
    }

    @FunctionalInterface
    private interface FieldRead<T> {
        T read() throws FieldValueException;
    }
}
