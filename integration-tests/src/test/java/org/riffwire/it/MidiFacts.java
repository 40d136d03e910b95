// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * What a MIDI file says, read with the JDK's own MIDI parser (independent of Riffwire's writer): tempo, meter,
 * key signature, programs, notes in seconds, and the key the notes imply (Krumhansl-Kessler profiles).
 */
final class MidiFacts {
    record PlayedNote(int channel, int pitch, double start, double end, int velocity) {
    }

    final double tempo;
    final int meterNumerator;
    final int meterDenominator;
    final int keySharps;
    final boolean keyMinor;
    final double seconds;
    final Map<Integer, Integer> programByChannel = new TreeMap<>();
    final List<PlayedNote> notes = new ArrayList<>();
    final List<String> trackNames = new ArrayList<>();

    MidiFacts(File file) throws Exception {
        Sequence seq = MidiSystem.getSequence(file);
        double bpm = 120;
        int num = 4;
        int den = 4;
        int sharps = 0;
        boolean minor = false;
        for (Track track : seq.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof MetaMessage m) {
                    byte[] d = m.getData();
                    switch (m.getType()) {
                        case 0x51 -> bpm = 60_000_000.0 / (((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF));
                        case 0x58 -> {
                            num = d[0];
                            den = 1 << d[1];
                        }
                        case 0x59 -> {
                            sharps = d[0];
                            minor = d[1] == 1;
                        }
                        case 0x03 -> trackNames.add(new String(d, java.nio.charset.StandardCharsets.UTF_8));
                        default -> {
                        }
                    }
                }
            }
        }
        tempo = bpm;
        meterNumerator = num;
        meterDenominator = den;
        keySharps = sharps;
        keyMinor = minor;
        double secondsPerTick = 60.0 / (bpm * seq.getResolution());
        seconds = seq.getMicrosecondLength() / 1e6;
        for (Track track : seq.getTracks()) {
            Map<Integer, MidiEvent> open = new HashMap<>();
            for (int i = 0; i < track.size(); i++) {
                MidiEvent e = track.get(i);
                if (!(e.getMessage() instanceof ShortMessage s)) {
                    continue;
                }
                int key = s.getChannel() * 128 + s.getData1();
                if (s.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                    programByChannel.put(s.getChannel(), s.getData1());
                } else if (s.getCommand() == ShortMessage.NOTE_ON && s.getData2() > 0) {
                    open.put(key, e);
                } else if (s.getCommand() == ShortMessage.NOTE_OFF
                        || (s.getCommand() == ShortMessage.NOTE_ON && s.getData2() == 0)) {
                    MidiEvent on = open.remove(key);
                    if (on != null) {
                        ShortMessage m = (ShortMessage) on.getMessage();
                        notes.add(new PlayedNote(s.getChannel(), s.getData1(), on.getTick() * secondsPerTick,
                                e.getTick() * secondsPerTick, m.getData2()));
                    }
                }
            }
        }
        notes.sort((a, b) -> Double.compare(a.start(), b.start()));
    }

    List<PlayedNote> pitched() {
        return notes.stream().filter(n -> n.channel() != 9).toList();
    }

    boolean hasDrums() {
        return notes.stream().anyMatch(n -> n.channel() == 9);
    }

    Set<Integer> programs() {
        Set<Integer> out = new TreeSet<>();
        for (PlayedNote n : pitched()) {
            out.add(programByChannel.getOrDefault(n.channel(), 0));
        }
        return out;
    }

    Set<Integer> pitchClasses() {
        Set<Integer> out = new TreeSet<>();
        for (PlayedNote n : pitched()) {
            out.add(n.pitch() % 12);
        }
        return out;
    }

    double meanPitch() {
        return pitched().stream().mapToInt(PlayedNote::pitch).average().orElse(0);
    }

    double meanVelocity() {
        return pitched().stream().mapToInt(PlayedNote::velocity).average().orElse(0);
    }

    /** The best Krumhansl-Kessler key of the duration-weighted pitch-class profile: tonic 0..11, and minor. */
    int[] estimatedKey() {
        double[] profile = new double[12];
        for (PlayedNote n : pitched()) {
            profile[n.pitch() % 12] += n.end() - n.start();
        }
        org.riffwire.api.music.Key key = org.riffwire.api.analysis.KrumhanslKessler.estimate(profile).key();
        return new int[] {key.tonic(), key.mode() == org.riffwire.api.music.Mode.MINOR ? 1 : 0};
    }
}
