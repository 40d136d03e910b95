// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;

import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Instrument;

/**
 * Gives each requested instrument a part, using only the requested instruments. The melody goes to the
 * instrument the prompt gave it, else the first single-line instrument that is not a bass voice; the bass to a
 * bass voice (cello, bass, tuba, bassoon), else doubled by a chordal instrument; the rest accompany. A lone
 * chordal instrument plays melody, chords and bass; a lone single-line instrument plays a solo melody.
 */
final class Orchestration {
    enum Figure { MELODY, CHORDS, VOICE, BASS }

    record Part(TrackRole role, Figure figure, Instrument instrument, int voice, int voices) {
        InstrumentRange range() {
            return InstrumentRange.of(instrument.program());
        }

        String trackName() {
            String role = switch (figure) {
                case MELODY -> "Melody";
                case CHORDS, VOICE -> "Harmony";
                case BASS -> "Bass";
            };
            return role + (voices > 1 ? " " + (voice + 1) : "") + " (" + instrument.name() + ")";
        }
    }

    private Orchestration() {
    }

    static List<Part> assign(List<Instrument> instruments) {
        List<Instrument> remaining = new ArrayList<>(instruments);
        Instrument melody = pick(remaining, TrackRole.MELODY);
        if (melody == null) {
            melody = remaining.stream().filter(i -> !range(i).chordal() && !range(i).bassVoice()).findFirst()
                    .orElse(remaining.stream().filter(i -> !range(i).bassVoice()).findFirst().orElse(remaining.get(0)));
        }
        remaining.remove(melody);
        Instrument bass = pick(remaining, TrackRole.BASS);
        if (bass == null) {
            for (int i = remaining.size() - 1; i >= 0 && bass == null; i--) {
                if (range(remaining.get(i)).bassVoice()) {
                    bass = remaining.get(i);
                }
            }
        }
        remaining.remove(bass);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(TrackRole.MELODY, Figure.MELODY, melody, 0, 1));
        List<Instrument> harmony = new ArrayList<>(remaining);
        if (harmony.isEmpty() && range(melody).chordal()) {
            harmony.add(melody);
        }
        List<Instrument> voices = harmony.stream().filter(i -> !range(i).chordal()).toList();
        for (Instrument h : harmony) {
            if (range(h).chordal()) {
                parts.add(new Part(TrackRole.HARMONY, Figure.CHORDS, h, 0, 1));
            } else {
                parts.add(new Part(TrackRole.HARMONY, Figure.VOICE, h, voices.indexOf(h), voices.size()));
            }
        }
        if (bass == null) {
            // No bass voice was asked for: a chordal instrument doubles the bass line, a lone melody stays solo.
            bass = harmony.stream().filter(i -> range(i).chordal()).findFirst().orElse(null);
        }
        if (bass != null) {
            parts.add(new Part(TrackRole.BASS, Figure.BASS, bass, 0, 1));
        }
        return parts;
    }

    private static Instrument pick(List<Instrument> instruments, TrackRole role) {
        return instruments.stream().filter(i -> i.role() == role).findFirst().orElse(null);
    }

    private static InstrumentRange range(Instrument i) {
        return InstrumentRange.of(i.program());
    }
}
