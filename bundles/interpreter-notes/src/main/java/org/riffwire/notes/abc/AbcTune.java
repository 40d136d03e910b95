// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.spec.NoteSequence;

/**
 * One parsed tune: its header values and its events in played order.
 *
 * @param title      the first T: field, or null
 * @param meter      the header's M: field, or null for M:none and for a tune with headers but no M:
 * @param unitLength the header's L: field, or its default (1/16 below 3/4 time, else 1/8)
 * @param tempo      the header's Q: field in quarter notes per minute, or null
 * @param key        the header's K: field; C major when the tune states none
 * @param keyStated  false when the key is only the C major default (no K:, K:none, K:HP)
 * @param headers    the header fields as written after the colon, first occurrence of each letter
 * @param events     notes, rests, chord symbols and mid-tune changes of the first voice, repeats expanded
 * @param warnings   what the parser read leniently, for display
 */
public record AbcTune(String title, Meter meter, AbcFraction unitLength, Double tempo, Key key, boolean keyStated,
        Map<Character, String> headers, List<AbcEvent> events, List<String> warnings) {
    /** Ticks per quarter note, the same resolution as note sequences in a spec. */
    public static final int PPQ = NoteSequence.PPQ;

    public AbcTune {
        Objects.requireNonNull(unitLength, "unitLength");
        Objects.requireNonNull(key, "key");
        headers = Map.copyOf(headers);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** A header field's text as written after the colon, such as "6/8" for M. */
    public Optional<String> header(char field) {
        return Optional.ofNullable(headers.get(field));
    }

    /** Notes, chords and rests, in played order. */
    public List<AbcNote> notes() {
        return events.stream().filter(AbcNote.class::isInstance).map(AbcNote.class::cast).toList();
    }

    public List<AbcChordSymbol> chordSymbols() {
        return events.stream().filter(AbcChordSymbol.class::isInstance).map(AbcChordSymbol.class::cast).toList();
    }

    /** Where the last note or rest ends. */
    public long lengthTicks() {
        long end = 0;
        for (AbcEvent e : events) {
            if (e instanceof AbcNote n) {
                end = Math.max(end, n.endTick());
            }
        }
        return end;
    }
}
