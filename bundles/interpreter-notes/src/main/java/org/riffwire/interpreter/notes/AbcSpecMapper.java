// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.notes.abc.AbcChordSymbol;
import org.riffwire.notes.abc.AbcEvent;
import org.riffwire.notes.abc.AbcNote;
import org.riffwire.notes.abc.AbcTune;

/**
 * Turns a parsed tune into explicit spec values: the whole melody as OPENING (MIDI pitches with durations, rests
 * as empty notes, each chord symbol on the note sounding when it is written), tonic and mode from K:, meter from
 * M:, tempo from Q: and the title from T:. Each field's words are its header field as the prompt wrote it.
 */
final class AbcSpecMapper {
    /** A header field's letter, colon and the blanks after it: where its value starts. */
    private static final Pattern FIELD_START = Pattern.compile("(?<![\\p{L}\\d])([A-Za-z]):[ \\t]*");

    private AbcSpecMapper() {
    }

    static void add(SpecPatch.Builder patch, AbcTune tune, AbcPassage passage) {
        patch.explicit(SpecField.OPENING, melody(tune), passage.words());
        Optional<String> key = tune.header('K');
        if (tune.keyStated() && key.isPresent()) {
            String words = fieldWords(passage.words(), 'K', key.get());
            patch.explicit(SpecField.TONIC, tune.key().tonic(), words);
            patch.explicit(SpecField.MODE, tune.key().mode(), words);
        }
        Optional<String> meter = tune.header('M');
        if (tune.meter() != null && meter.isPresent()) {
            patch.explicit(SpecField.METER, tune.meter(), fieldWords(passage.words(), 'M', meter.get()));
        }
        Optional<String> tempo = tune.header('Q');
        if (tune.tempo() != null && tempo.isPresent()) {
            patch.explicit(SpecField.TEMPO, tune.tempo(), fieldWords(passage.words(), 'Q', tempo.get()));
        }
        if (tune.title() != null && !tune.title().isBlank()) {
            patch.explicit(SpecField.TITLE, tune.title(), fieldWords(passage.words(), 'T', tune.title()));
        }
    }

    static NoteSequence melody(AbcTune tune) {
        List<AbcNote> notes = tune.notes();
        String[] symbols = new String[notes.size()];
        for (AbcEvent e : tune.events()) {
            if (e instanceof AbcChordSymbol c) {
                int at = soundingAt(notes, c.startTick());
                if (at >= 0 && symbols[at] == null) {
                    symbols[at] = c.symbol();
                }
            }
        }
        List<ExplicitNote> explicit = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            AbcNote n = notes.get(i);
            explicit.add(new ExplicitNote(n.pitches(), true, n.durationTicks(), symbols[i]));
        }
        return new NoteSequence(explicit);
    }

    /** The index of the note or rest sounding at a tick (notes are in time order), or -1 after the last. */
    private static int soundingAt(List<AbcNote> notes, long tick) {
        int low = 0;
        int high = notes.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (notes.get(mid).startTick() <= tick) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && notes.get(found).endTick() > tick ? found : -1;
    }

    /** The field as the prompt wrote it ("K: Dm"), or rebuilt from its value when the prompt split it oddly. */
    private static String fieldWords(String abc, char field, String value) {
        Matcher m = FIELD_START.matcher(abc);
        while (m.find()) {
            if (m.group(1).charAt(0) == field && abc.startsWith(value, m.end())) {
                return abc.substring(m.start(), m.end() + value.length());
            }
        }
        return field + ":" + value;
    }
}
