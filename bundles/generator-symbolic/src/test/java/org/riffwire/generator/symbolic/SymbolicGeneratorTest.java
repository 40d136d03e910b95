// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.ExplicitNote;
import org.riffwire.api.spec.Genres;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.testkit.Specs;

class SymbolicGeneratorTest {
    private final SymbolicGenerator generator = new SymbolicGenerator();

    private static InstrumentList instruments(int... programs) {
        return new InstrumentList(java.util.Arrays.stream(programs).mapToObj(p -> new Instrument(p, "GM " + p, null)).toList());
    }

    private Score generate(MusicSpec spec, long seed) throws UnsatisfiableSpecException {
        return generator.generate(spec, Specs.context(seed, false)).score().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void folkSongInPitchSetHonoursEveryConstraint(long seed) throws Exception {
        MusicSpec spec = Specs.spec()
                .with(SpecField.PITCH_SET, PitchSet.of(List.of(9, 11, 1, 6, 7)))
                .with(SpecField.TEMPO, 100.0)
                .with(SpecField.LENGTH, Length.ofSeconds(20))
                .with(SpecField.INSTRUMENTS, instruments(73, 25))
                .build();
        Score score = generate(spec, seed);
        assertEquals(100.0, score.tempoBpm());
        assertEquals(20.0, score.lengthSeconds(), 0.01);
        Set<Integer> allowed = Set.of(9, 11, 1, 6, 7);
        for (Track t : score.tracks()) {
            for (Note n : t.notes()) {
                assertTrue(allowed.contains(n.pitchClass()), t.name() + " plays pitch class " + n.pitchClass());
            }
        }
        Set<Integer> programs = score.tracks().stream().map(Track::program).collect(Collectors.toSet());
        assertEquals(Set.of(73, 25), programs);
        assertTrue(score.tracks().stream().noneMatch(Track::isDrums));
    }

    private static Track melody(Score score) {
        return score.tracks().stream().filter(t -> t.role() == TrackRole.MELODY).findFirst().orElseThrow();
    }

    private static double meanPitch(Track track) {
        return track.notes().stream().mapToInt(Note::pitch).average().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void registerDensityAndArcMoveTheMelodyAndTheLoudnessTheWayTheySay(long seed) throws Exception {
        MusicSpec low = Specs.spec().with(SpecField.REGISTER, -1.0).with(SpecField.DENSITY, 0.1).build();
        MusicSpec high = Specs.spec().with(SpecField.REGISTER, 1.0).with(SpecField.DENSITY, 0.9).build();
        Track lowMelody = melody(generate(low, seed));
        Track highMelody = melody(generate(high, seed));
        assertTrue(meanPitch(highMelody) > meanPitch(lowMelody) + 6,
                "register: melody means " + meanPitch(lowMelody) + " and " + meanPitch(highMelody));
        assertTrue(highMelody.notes().size() > lowMelody.notes().size() * 1.3,
                "density: " + lowMelody.notes().size() + " and " + highMelody.notes().size() + " notes");

        Score rising = generate(Specs.spec().with(SpecField.ARC, org.riffwire.api.spec.Arc.of(0, 1)).build(), seed);
        Score flat = generate(Specs.spec().build(), seed);
        long half = rising.lengthTicks() / 2;
        java.util.function.ToDoubleFunction<Score> firstHalf = s -> s.tracks().stream().flatMap(t -> t.notes().stream())
                .filter(n -> n.startTick() < half).mapToInt(Note::velocity).average().orElseThrow();
        java.util.function.ToDoubleFunction<Score> secondHalf = s -> s.tracks().stream().flatMap(t -> t.notes().stream())
                .filter(n -> n.startTick() >= half).mapToInt(Note::velocity).average().orElseThrow();
        assertTrue(secondHalf.applyAsDouble(rising) - firstHalf.applyAsDouble(rising) > 15, "a rising arc grows louder");
        assertTrue(Math.abs(secondHalf.applyAsDouble(flat) - firstHalf.applyAsDouble(flat)) < 8, "no arc, no growth");
    }

    @Test
    void sameSeedSameScoreAndOtherSeedOtherScore() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.GENRE, "rock").with(SpecField.DRUMS, true).build();
        assertEquals(generate(spec, 42), generate(spec, 42));
        assertNotEquals(generate(spec, 42), generate(spec, 43));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/4", "6/8", "2/4", "5/4", "7/8", "9/8", "12/8", "4/4", "2/2"})
    void everyMeterFillsExactBarsWithDrums(String meterText) throws Exception {
        String[] parts = meterText.split("/");
        Meter meter = new Meter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        MusicSpec spec = Specs.spec().with(SpecField.METER, meter).with(SpecField.LENGTH, Length.ofBars(12))
                .with(SpecField.DRUMS, true).with(SpecField.INSTRUMENTS, instruments(0, 32)).build();
        Score score = generate(spec, 7);
        assertEquals(12L * meter.barTicks(960), score.lengthTicks());
        assertEquals(meter, score.meter());
        Track drums = score.tracks().stream().filter(Track::isDrums).findFirst().orElseThrow();
        assertTrue(drums.notes().size() > 12, "a groove in every bar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rock", "house", "drum and bass", "lofi hip hop", "reggae", "bossa nova", "jazz", "waltz",
            "march", "jig", "tango", "salsa", "funk", "ambient", "chorale", "polka", "samba", "ska", "synthwave",
            "ballad", "power ballad", "soft rock", "minuet", "bluegrass", "flamenco", "sea shanty", "trap", "dubstep", "r&b"})
    void everyGenreArrangesCleanly(String genre) throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.GENRE, genre).with(SpecField.DRUMS, true)
                .with(SpecField.TONIC, 4).with(SpecField.MODE, Mode.MINOR)
                .with(SpecField.INSTRUMENTS, instruments(0, 33, 65)).build();
        Score score = generate(spec, genre.hashCode());
        assertEquals(4, score.tracks().size());
        assertTrue(score.tracks().stream().allMatch(t -> !t.notes().isEmpty()), "every part plays");
    }

    @Test
    void minorKeyUsesTheLeadingToneInDominantChords() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.TONIC, 9).with(SpecField.MODE, Mode.MINOR)
                .with(SpecField.LENGTH, Length.ofBars(16)).build();
        Score score = generate(spec, 3);
        boolean leadingTone = score.tracks().stream().flatMap(t -> t.notes().stream()).anyMatch(n -> n.pitchClass() == 8);
        assertTrue(leadingTone, "G# (the leading tone of A minor) appears in the harmony");
        assertEquals(9, score.key().tonic());
    }

    @Test
    void openingNotesStartTheMelodyAlone() throws Exception {
        List<ExplicitNote> notes = List.of(0, 2, 4, 5, 7, 9, 11, 0).stream()
                .map(pc -> new ExplicitNote(List.of(pc), false, 0, null)).toList();
        MusicSpec spec = Specs.spec().with(SpecField.OPENING, new NoteSequence(notes))
                .with(SpecField.INSTRUMENTS, instruments(0)).build();
        Score score = generate(spec, 1);
        Track melody = score.tracks().get(0);
        assertEquals(TrackRole.MELODY, melody.role());
        List<Integer> first = melody.notes().subList(0, 8).stream().map(Note::pitchClass).toList();
        assertEquals(List.of(0, 2, 4, 5, 7, 9, 11, 0), first);
        assertTrue(melody.notes().get(7).pitch() > melody.notes().get(6).pitch(), "B to the C above, not below");
        long firstAccompaniment = score.tracks().stream().filter(t -> t != melody)
                .flatMap(t -> t.notes().stream()).mapToLong(Note::startTick).min().orElseThrow();
        assertTrue(firstAccompaniment >= melody.notes().get(7).startTick(), "the band enters after the opening");
    }

    /** A pick-up eighth, then two bars of 4/4 in eighths and quarters: a written tune, as ABC gives it. */
    private static NoteSequence tuneWithPickUp() {
        int e = NoteSequence.PPQ / 2;
        List<ExplicitNote> notes = new java.util.ArrayList<>();
        notes.add(new ExplicitNote(List.of(67), true, e, null));
        for (int p : new int[] {72, 74, 76, 77, 79, 77, 76, 74}) {
            notes.add(new ExplicitNote(List.of(p), true, e, null));
        }
        for (int p : new int[] {72, 67, 72}) {
            notes.add(new ExplicitNote(List.of(p), true, 2L * e, null));
        }
        // The last bar is short by the pick-up's eighth, as a tune with a pick-up is written.
        notes.add(new ExplicitNote(List.of(72), true, e, null));
        return new NoteSequence(notes);
    }

    @Test
    void aWrittenTuneWithNoLengthAskedIsThePieceNoteForNote() throws Exception {
        NoteSequence tune = tuneWithPickUp();
        MusicSpec spec = Specs.spec().with(SpecField.OPENING, tune).with(SpecField.TEMPO, 120.0)
                .with(SpecField.INSTRUMENTS, instruments(0, 32)).build();
        Score score = generate(spec, 3);
        List<Note> melody = melody(score).notes();
        assertEquals(tune.notes().size(), melody.size(), "nothing appended to the tune: " + melody);
        long t = 0;
        for (int i = 0; i < melody.size(); i++) {
            assertEquals(tune.notes().get(i).pitches().get(0), melody.get(i).pitch());
            assertEquals(t, melody.get(i).startTick());
            t += tune.notes().get(i).durationTicks();
        }
        long end = t;
        assertEquals(end / (double) NoteSequence.PPQ / 2, score.lengthSeconds(), 1e-6, "the piece ends with the tune");
        for (Track track : score.tracks()) {
            assertTrue(track.notes().stream().allMatch(n -> n.startTick() + n.durationTicks() <= end),
                    track.name() + " plays past the tune's end");
        }
    }

    @Test
    void aWrittenTuneIsContinuedOnlyToALengthAsked() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.OPENING, tuneWithPickUp()).with(SpecField.TEMPO, 120.0)
                .with(SpecField.LENGTH, Length.ofSeconds(12)).build();
        Score score = generate(spec, 3);
        assertEquals(12.0, score.lengthSeconds(), 0.01);
        assertTrue(melody(score).notes().size() > tuneWithPickUp().notes().size(), "continued to 12 s");
    }

    @Test
    void writtenOctavesAreKeptBeyondTheInstrumentsRange() throws Exception {
        int q = NoteSequence.PPQ;
        // A flute's lowest note is C4 (60); the tune dips to G3 and climbs to C7.
        List<ExplicitNote> notes = List.of(new ExplicitNote(List.of(55), true, q, null),
                new ExplicitNote(List.of(60), true, q, null), new ExplicitNote(List.of(96), true, 2L * q, null),
                new ExplicitNote(List.of(48, 55), true, 4L * q, null));
        MusicSpec spec = Specs.spec().with(SpecField.OPENING, new NoteSequence(notes))
                .with(SpecField.INSTRUMENTS, instruments(73)).build();
        List<Integer> pitches = melody(generate(spec, 1)).notes().stream().map(Note::pitch).toList();
        assertEquals(List.of(55, 60, 96, 48, 55), pitches);
    }

    @Test
    void tooLongOpeningForExplicitLengthIsUnsatisfiable() {
        List<ExplicitNote> notes = java.util.Collections.nCopies(40, new ExplicitNote(List.of(0), false, 0, null));
        MusicSpec spec = Specs.spec().with(SpecField.OPENING, new NoteSequence(notes))
                .with(SpecField.TEMPO, 60.0).with(SpecField.LENGTH, Length.ofSeconds(10)).build();
        UnsatisfiableSpecException e = assertThrows(UnsatisfiableSpecException.class, () -> generate(spec, 1));
        assertTrue(e.getMessage().contains("opening notes last"), e.getMessage());
    }

    @Test
    void disjointMelodyAndPieceSetsAreUnsatisfiable() {
        MusicSpec spec = Specs.spec().with(SpecField.PITCH_SET, PitchSet.of(List.of(0, 4, 7)))
                .with(SpecField.MELODY_PITCH_SET, PitchSet.of(List.of(1, 3))).build();
        assertThrows(UnsatisfiableSpecException.class, () -> generate(spec, 1));
    }

    @Test
    void soloMonophonicInstrumentPlaysOneLine() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.INSTRUMENTS, instruments(73))
                .with(SpecField.LENGTH, Length.ofSeconds(20)).build();
        Score score = generate(spec, 5);
        assertEquals(1, score.tracks().size());
        List<Note> notes = score.tracks().get(0).notes();
        for (int i = 1; i < notes.size(); i++) {
            assertTrue(notes.get(i).startTick() >= notes.get(i - 1).endTick(), "no overlapping notes in a solo line");
        }
    }

    @Test
    void stringQuartetGetsFourParts() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.INSTRUMENTS, instruments(40, 40, 41, 42)).build();
        Score score = generate(spec, 9);
        assertEquals(List.of(40, 40, 41, 42), score.tracks().stream().map(Track::program).sorted().toList());
        assertEquals(TrackRole.BASS, score.tracks().stream().filter(t -> t.program() == 42).findFirst().orElseThrow().role());
    }

    @Test
    void outOfRangeTempoAndLengthAreRefused() {
        assertThrows(UnsatisfiableSpecException.class,
                () -> generate(Specs.spec().with(SpecField.TEMPO, 1000.0).build(), 1));
        assertThrows(UnsatisfiableSpecException.class,
                () -> generate(Specs.spec().with(SpecField.LENGTH, Length.ofSeconds(0.5)).build(), 1));
    }

    @Test
    void aBassPitchSetLimitsOnlyTheBass() throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.TONIC, 4).with(SpecField.MODE, Mode.MINOR)
                .with(SpecField.BASS_PITCH_SET, PitchSet.of(List.of(4, 11)))
                .with(SpecField.INSTRUMENTS, instruments(0, 33)).with(SpecField.GENRE, "jazz").build();
        Score score = generate(spec, 4);
        Track bass = score.tracks().stream().filter(t -> t.role() == TrackRole.BASS).findFirst().orElseThrow();
        assertTrue(bass.notes().stream().allMatch(n -> n.pitchClass() == 4 || n.pitchClass() == 11), "bass in {E, B}");
        assertTrue(score.tracks().stream().filter(t -> t.role() != TrackRole.BASS)
                .flatMap(t -> t.notes().stream()).anyMatch(n -> n.pitchClass() != 4 && n.pitchClass() != 11), "others free");
    }

    @ParameterizedTest
    @MethodSource("genres")
    void everyGenreOfTheApiIsArranged(String genre) throws Exception {
        MusicSpec spec = Specs.spec().with(SpecField.GENRE, genre).with(SpecField.LENGTH, Length.ofBars(4)).build();
        Piece piece = new SymbolicGenerator().generate(spec, Specs.context(3, false));
        assertTrue(piece.score().orElseThrow().tracks().stream().anyMatch(t -> !t.notes().isEmpty()), genre);
    }

    static List<String> genres() {
        return Genres.IDS;
    }
}
