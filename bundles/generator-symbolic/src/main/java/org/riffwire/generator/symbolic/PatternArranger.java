// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.CycleEvent;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.PatternPart;
import org.riffwire.api.spec.Patterns;
import org.riffwire.api.spec.SpecField;

/**
 * A piece whose parts the prompt wrote as patterns: each pattern plays exactly, a cycle per bar, for the whole
 * length (the last notes cut at the end), and only the parts the prompt asked for are added around them: the
 * instruments it names that no pattern plays, and a bass line, chords or drums when it says "add" or "with".
 * The added parts follow the patterns' harmony bar by bar (the triad of the key that best covers what the
 * patterns sound in that bar); the key is the prompt's, else the one the patterns' notes imply.
 */
final class PatternArranger {
    private static final int PATTERN_VELOCITY = 96;

    private PatternArranger() {
    }

    static Score arrange(MusicSpec spec, Patterns patterns, double tempo, Meter meter, long lengthTicks, int bars,
            Style style, int velocity, long seed) {
        long barTicks = meter.barTicks(Frame.PPQ);
        List<Instrument> named = spec.isExplicit(SpecField.INSTRUMENTS)
                ? new ArrayList<>(spec.get(SpecField.INSTRUMENTS).map(InstrumentList::instruments).orElse(List.of()))
                : new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        List<Note> pitched = new ArrayList<>();
        Channels channels = new Channels();
        int drumParts = 0;
        for (PatternPart part : patterns.parts()) {
            List<Note> notes = new ArrayList<>();
            for (long cycle = 0; cycle < bars; cycle++) {
                for (CycleEvent e : part.pattern().notesStartingIn(cycle)) {
                    long start = cycle * barTicks + e.beginTicks(barTicks);
                    if (start < lengthTicks) {
                        notes.add(new Note(e.note(), start, Math.min(e.lengthTicks(barTicks), lengthTicks - start),
                                PATTERN_VELOCITY));
                    }
                }
            }
            if (part.drums()) {
                drumParts++;
                tracks.add(new Track(drumParts == 1 ? "Drums" : "Drums " + drumParts, TrackRole.DRUMS, 0,
                        Track.DRUM_CHANNEL, notes));
                continue;
            }
            // The instrument the prompt's words chose, when it is of the pattern's family ("guitar": steel or nylon).
            Instrument instrument = part.instrument();
            for (Instrument n : named) {
                if (n.program() / 8 == instrument.program() / 8) {
                    instrument = n;
                    named.remove(n);
                    break;
                }
            }
            TrackRole role = isBass(instrument) ? TrackRole.BASS : pitched.isEmpty() ? TrackRole.MELODY : TrackRole.HARMONY;
            tracks.add(new Track(instrument.name(), role, instrument.program(), channels.next(), notes));
            pitched.addAll(notes);
        }
        Set<TrackRole> added = new LinkedHashSet<>(patterns.added());
        List<Instrument> extra = new ArrayList<>(named);
        if (added.contains(TrackRole.BASS) && extra.stream().noneMatch(PatternArranger::isBass)) {
            extra.add(new Instrument(33, "Electric Bass (finger)", TrackRole.BASS));
        }
        if (added.contains(TrackRole.HARMONY) && extra.stream().allMatch(PatternArranger::isBass)) {
            extra.add(new Instrument(0, "Acoustic Grand Piano", TrackRole.HARMONY));
        }
        boolean drums = added.contains(TrackRole.DRUMS)
                || (spec.isExplicit(SpecField.DRUMS) && spec.get(SpecField.DRUMS).orElse(false) && drumParts == 0);
        Key key = key(spec, pitched);
        if (!extra.isEmpty() || drums) {
            Frame frame = new Frame(meter, bars, lengthTicks, 0);
            HarmonyPlanner planner = new HarmonyPlanner(key, SymbolicGenerator.ALL_PITCH_CLASSES, false);
            List<Chord> chords = new ArrayList<>();
            for (int bar = 0; bar < bars; bar++) {
                chords.add(planner.bestFit(HarmonyPlanner.weights(pitched, bar * barTicks, (bar + 1) * barTicks),
                        bar == bars - 1 && !pitched.isEmpty() && endsOnTonic(pitched, key)));
            }
            AccompanimentWriter band = new AccompanimentWriter(frame, chords, style, velocity - 10, new Random(seed ^ 0xBA5EL));
            for (Instrument i : extra) {
                InstrumentRange range = InstrumentRange.of(i.program());
                boolean bass = isBass(i);
                List<Note> notes = bass ? band.bass(range, SymbolicGenerator.scale(key)) : band.chords(range);
                tracks.add(new Track(i.name(), bass ? TrackRole.BASS : TrackRole.HARMONY, i.program(), channels.next(), notes));
            }
            if (drums) {
                tracks.add(new Track("Drums", TrackRole.DRUMS, 0, Track.DRUM_CHANNEL,
                        new DrumWriter(frame, style, velocity, new Random(seed ^ 0xD2D2L)).write()));
            }
        }
        return new Score(Frame.PPQ, tempo, meter, key, tracks, lengthTicks);
    }

    private static boolean isBass(Instrument i) {
        return i.role() == TrackRole.BASS || (i.program() >= 32 && i.program() < 40) || i.program() == 43 || i.program() == 58;
    }

    /** The prompt's key; what it leaves unsaid, the patterns' notes imply (Krumhansl-Kessler), else C major. */
    private static Key key(MusicSpec spec, List<Note> pitched) {
        java.util.Optional<Integer> tonic = spec.isExplicit(SpecField.TONIC) ? spec.get(SpecField.TONIC) : java.util.Optional.empty();
        java.util.Optional<Mode> mode = spec.isExplicit(SpecField.MODE) ? spec.get(SpecField.MODE) : java.util.Optional.empty();
        Key heard = pitched.isEmpty() ? new Key(0, Mode.MAJOR) : SymbolicGenerator.heardKey(pitched);
        if (tonic.isPresent()) {
            return new Key(tonic.get(), mode.orElse(spec.get(SpecField.MODE).orElse(Mode.MAJOR)));
        }
        return new Key(heard.tonic(), mode.orElse(heard.mode()));
    }

    private static boolean endsOnTonic(List<Note> pitched, Key key) {
        return pitched.stream().max(java.util.Comparator.comparingLong(Note::startTick))
                .map(n -> n.pitchClass() == key.tonic()).orElse(false);
    }

    /** MIDI channels for pitched parts in order, the drum channel skipped. */
    private static final class Channels {
        private int next;

        int next() {
            int c = next;
            next = next == 8 ? 10 : Math.min(15, next + 1);
            return c;
        }
    }
}
