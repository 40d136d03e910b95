// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.midi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.MusicSpec;

/** Reads the written files back with the JDK's own MIDI parser, an independent implementation. */
class MidiRendererTest {
    private static final int PPQ = 960;

    private static Score score() {
        Track flute = new Track("Melody", TrackRole.MELODY, 73, 0,
                List.of(new Note(69, 0, PPQ, 90), new Note(71, PPQ, PPQ, 80), new Note(73, 2 * PPQ, 2 * PPQ, 80)));
        Track drums = new Track("Drums", TrackRole.DRUMS, 0, Track.DRUM_CHANNEL,
                List.of(new Note(36, 0, PPQ / 4, 100), new Note(38, PPQ, PPQ / 4, 100)));
        return new Score(PPQ, 100, new Meter(6, 8), new Key(4, Mode.MINOR), List.of(flute, drums), 6L * PPQ);
    }

    private static byte[] render(Score score) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MidiRenderer().render(Piece.ofScore(MusicSpec.merge(List.of()), score, Map.of()), out);
        return out.toByteArray();
    }

    @Test
    void writesTypeOneWithConductorMetaEvents() throws Exception {
        byte[] smf = render(score());
        assertEquals(1, MidiSystem.getMidiFileFormat(new ByteArrayInputStream(smf)).getType());
        Sequence seq = MidiSystem.getSequence(new ByteArrayInputStream(smf));
        assertEquals(3, seq.getTracks().length);
        assertEquals(PPQ, seq.getResolution());
        List<MetaMessage> metas = new ArrayList<>();
        for (int i = 0; i < seq.getTracks()[0].size(); i++) {
            if (seq.getTracks()[0].get(i).getMessage() instanceof MetaMessage m) {
                metas.add(m);
            }
        }
        MetaMessage tempo = metas.stream().filter(m -> m.getType() == 0x51).findFirst().orElseThrow();
        byte[] t = tempo.getData();
        int micros = ((t[0] & 0xFF) << 16) | ((t[1] & 0xFF) << 8) | (t[2] & 0xFF);
        assertEquals(100.0, 60_000_000.0 / micros, 0.01);
        MetaMessage timeSig = metas.stream().filter(m -> m.getType() == 0x58).findFirst().orElseThrow();
        assertEquals(6, timeSig.getData()[0]);
        assertEquals(3, timeSig.getData()[1]);
        MetaMessage keySig = metas.stream().filter(m -> m.getType() == 0x59).findFirst().orElseThrow();
        assertArrayEquals(new byte[] {1, 1}, keySig.getData(), "E minor: one sharp, minor");
        // The piece lasts exactly its length: 6 quarter notes at 100 bpm = 3.6 s.
        assertEquals(3_600_000L, seq.getMicrosecondLength(), 1000);
    }

    @Test
    void programsChannelsAndNotes() throws Exception {
        Sequence seq = MidiSystem.getSequence(new ByteArrayInputStream(render(score())));
        List<ShortMessage> flute = shortMessages(seq, 1);
        assertEquals(ShortMessage.PROGRAM_CHANGE, flute.get(0).getCommand());
        assertEquals(73, flute.get(0).getData1());
        assertEquals(3, flute.stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON).count());
        List<ShortMessage> drums = shortMessages(seq, 2);
        assertEquals(9, drums.get(0).getChannel(), "drums on channel 10");
        assertEquals(0, drums.stream().filter(m -> m.getCommand() == ShortMessage.PROGRAM_CHANGE).count());
    }

    @Test
    void sameScoreSameBytes() throws Exception {
        assertArrayEquals(render(score()), render(score()));
    }

    @Test
    void audioOnlyPieceIsRefusedWithAReason() throws Exception {
        Piece audioOnly = new Piece(MusicSpec.merge(List.of()), null, new AudioClip(44100, new float[][] {{0f}}), Map.of());
        UnsatisfiableSpecException e = assertThrows(UnsatisfiableSpecException.class,
                () -> new MidiRenderer().render(audioOnly, new ByteArrayOutputStream()));
        assertEquals(true, e.getMessage().contains("needs a score"));
    }

    private static List<ShortMessage> shortMessages(Sequence seq, int track) {
        List<ShortMessage> out = new ArrayList<>();
        for (int i = 0; i < seq.getTracks()[track].size(); i++) {
            MidiEvent e = seq.getTracks()[track].get(i);
            if (e.getMessage() instanceof ShortMessage s) {
                out.add(s);
            }
        }
        return out;
    }
}
