// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riffwire.api.Piece;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.generator.symbolic.SymbolicGenerator;
import org.riffwire.notes.abc.AbcNote;
import org.riffwire.notes.abc.AbcParser;
import org.riffwire.notes.abc.AbcTune;
import org.riffwire.testkit.Specs;

/** Writes generated pieces as ABC, reads them back with the note-level interpreter's parser, and asks abc2midi. */
class AbcRendererTest {

    private static Piece piece(String genre, int tonic, Mode mode, String meter, int... programs) throws Exception {
        return TestPieces.piece(genre, tonic, mode, meter, true, programs);
    }

    private static String abc(Piece piece) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AbcRenderer().render(piece, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"folk,2,MAJOR,4/4", "waltz,9,MINOR,3/4", "jig,7,MAJOR,6/8", "jazz,10,MAJOR,4/4", "rock,4,MINOR,4/4",
            "march,3,MAJOR,2/4", "folk,1,MINOR,7/8", "reggae,6,MAJOR,4/4", "blues,5,DORIAN,12/8"})
    void melodyRoundTripsThroughTheParser(String genre, int tonic, Mode mode, String meter) throws Exception {
        Piece piece = piece(genre, tonic, mode, meter, 73, 0, 32);
        String text = abc(piece);
        AbcTune tune = new AbcParser().parse(text);
        Score score = piece.score().orElseThrow();
        Track melody = score.tracks().get(0);
        List<AbcNote> parsed = tune.notes().stream().filter(n -> !n.pitches().isEmpty()).toList();
        assertEquals(melody.notes().size(), parsed.size(), "same number of melody notes\n" + text);
        for (int i = 0; i < parsed.size(); i++) {
            Note expected = melody.notes().get(i);
            AbcNote actual = parsed.get(i);
            assertEquals(List.of(expected.pitch()), actual.pitches(), "pitch of note " + i + "\n" + text);
            assertEquals(expected.startTick(), actual.startTick(), "start of note " + i);
            // Notation writes values, not articulation: a note sounding 92% of an eighth is an eighth, and a value
            // before a rest is rounded to the sixteenth grid.
            assertTrue(actual.durationTicks() >= expected.durationTicks() - 120, "notated length of note " + i);
        }
        assertEquals(score.meter(), tune.meter());
        assertEquals(score.key(), tune.key());
        assertEquals(score.tempoBpm(), tune.tempo(), 0.5);
    }

    @Test
    void harmonyGetsChordSymbolsAndEveryPartAVoice() throws Exception {
        Piece piece = piece("folk", 0, Mode.MAJOR, "4/4", 73, 25, 32);
        String text = abc(piece);
        assertTrue(text.contains("V:1") && text.contains("V:2") && text.contains("V:3"), text);
        assertTrue(text.contains("\"C\""), "a C chord symbol in C major\n" + text);
        assertTrue(text.contains("% the drum part is not notated"));
        assertFalse(new AbcParser().parse(text).chordSymbols().isEmpty());
    }

    @Test
    void abc2midiReadsEveryVoiceWithoutErrors(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/abc2midi")), "abcmidi is not installed");
        int i = 0;
        for (Piece piece : new Piece[] {piece("folk", 2, Mode.MAJOR, "4/4", 73, 25, 32),
                piece("jazz", 10, Mode.MAJOR, "4/4", 66, 0, 32), piece("jig", 7, Mode.MAJOR, "6/8", 40, 78),
                piece("waltz", 1, Mode.MINOR, "3/4", 40, 40, 41, 42)}) {
            Path file = dir.resolve("piece" + i++ + ".abc");
            Files.writeString(file, abc(piece));
            Process p = new ProcessBuilder("/usr/bin/abc2midi", file.toString(), "-o", dir.resolve("out.mid").toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
            assertFalse(output.contains("Error"), output + "\n" + Files.readString(file));
            assertTrue(Files.size(dir.resolve("out.mid")) > 100);
        }
    }

    @Test
    void morePartsThanMidiChannelsPlayOnTheirTracksChannels(@TempDir Path dir) throws Exception {
        // Seventeen parts, two to a channel where the score shares them: abc2midi would give each voice a channel
        // of its own and run out after fifteen.
        List<Track> tracks = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            int channel = i % 15 < 9 ? i % 15 : i % 15 + 1;
            tracks.add(new Track("Part " + i, org.riffwire.api.music.TrackRole.HARMONY, 40 + i % 15, channel,
                    List.of(new Note(60 + i, 0, 1920, 80))));
        }
        Score score = new Score(960, 120, new Meter(4, 4), new org.riffwire.api.music.Key(0, Mode.MAJOR), tracks, 3840);
        String abc = AbcWriter.write(score, "tutti");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/abc2midi")), "abcmidi is not installed");
        Path file = Files.writeString(dir.resolve("tutti.abc"), abc);
        Path midi = dir.resolve("tutti.mid");
        Process p = new ProcessBuilder("/usr/bin/abc2midi", file.toString(), "-o", midi.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(output.contains("Error"), output + "\n" + abc);
        javax.sound.midi.Sequence sequence = javax.sound.midi.MidiSystem.getSequence(midi.toFile());
        java.util.Map<Integer, Integer> channelOfPitch = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> programOfChannel = new java.util.HashMap<>();
        for (javax.sound.midi.Track t : sequence.getTracks()) {
            for (int e = 0; e < t.size(); e++) {
                if (t.get(e).getMessage() instanceof javax.sound.midi.ShortMessage m) {
                    if (m.getCommand() == javax.sound.midi.ShortMessage.NOTE_ON && m.getData2() > 0) {
                        channelOfPitch.put(m.getData1(), m.getChannel());
                    } else if (m.getCommand() == javax.sound.midi.ShortMessage.PROGRAM_CHANGE) {
                        programOfChannel.put(m.getChannel(), m.getData1());
                    }
                }
            }
        }
        for (Track t : tracks) {
            int pitch = t.notes().get(0).pitch();
            assertEquals(t.channel(), channelOfPitch.get(pitch), t.name() + "'s channel");
            assertEquals(t.program(), programOfChannel.get(t.channel()), t.name() + "'s program");
        }
    }

    @Test
    void aTripletValueWithNoTupletSpellingIsWrittenOnA64thGrid(@TempDir Path dir) throws Exception {
        // A straight eighth, then a triplet eighth, a triplet 32nd and a triplet sixteenth: what a sampled
        // melody can end with. No tuplet fits them, and abc2midi refuses lengths like 2/3.
        List<Note> notes = List.of(new Note(66, 0, 480, 80), new Note(67, 480, 320, 80), new Note(66, 800, 80, 80),
                new Note(66, 880, 160, 80), new Note(69, 1920, 960, 80));
        Score score = new Score(960, 120, new Meter(4, 4), new org.riffwire.api.music.Key(2, Mode.MAJOR),
                List.of(new Track("Melody", org.riffwire.api.music.TrackRole.MELODY, 73, 0, notes)), 3840);
        String abc = AbcWriter.write(score, "odd");
        String body = abc.substring(abc.indexOf('\n', abc.lastIndexOf("%%MIDI program")) + 1);
        assertFalse(body.matches("(?s).*\\d/[35679].*|.*/[35679]\\D.*"), "no length with an odd denominator: " + body);
        assertEquals(5, body.chars().filter(c -> "ABCDEFGabcdefg".indexOf(c) >= 0).count(), "every note kept: " + body);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/abc2midi")), "abcmidi is not installed");
        Path file = Files.writeString(dir.resolve("odd.abc"), abc);
        Process p = new ProcessBuilder("/usr/bin/abc2midi", file.toString(), "-o", dir.resolve("odd.mid").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(output.contains("Error"), output + "\n" + abc);
    }

    @Test
    void lengthsInEighthNoteUnits() {
        assertEquals("", AbcWriter.length(480));
        assertEquals("2", AbcWriter.length(960));
        assertEquals("/2", AbcWriter.length(240));
        assertEquals("3/2", AbcWriter.length(720));
        assertEquals("4/3", AbcWriter.length(640));
        assertEquals("/3", AbcWriter.length(160));
        assertEquals("6", AbcWriter.length(2880));
    }

    @Test
    void chordNames() {
        assertEquals("Am", ChordNamer.name(java.util.Set.of(9, 0, 4), 9, false).orElseThrow());
        assertEquals("G7", ChordNamer.name(java.util.Set.of(7, 11, 2, 5), 7, false).orElseThrow());
        assertEquals("Bb", ChordNamer.name(java.util.Set.of(10, 2, 5), 10, true).orElseThrow());
        assertEquals("C", ChordNamer.name(java.util.Set.of(0, 4, 7), 4, false).orElseThrow(), "first inversion named by root");
        assertTrue(ChordNamer.name(java.util.Set.of(0, 1, 2), 0, false).isEmpty());
    }
}
