// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.File;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.renderer.audio.AudioRenderer;
import org.riffwire.renderer.audio.SoundFontConfig;

/**
 * Warm synthesis speed of the audio renderer: one renderer (one JVM), each MIDI file read into a score, rendered
 * three times to warm up (-Dwarmup=N), then RUNS more times. Prints, per file, the median render time and the real-time factor.
 *   java -Druns=N -cp api.jar:renderer-audio.jar:classes SynthesisBench SOUNDFONT.sf2 FILE.mid...
 */
public final class SynthesisBench {
    private static final int WARM_UP = Integer.getInteger("warmup", 3);

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        AudioRenderer renderer = new AudioRenderer(config(args[0]), null);
        for (String file : Arrays.copyOfRange(args, 1, args.length)) {
            Score score = read(new File(file));
            // Warm means compiled: a few renders first, so that the JIT has finished with the synthesis loop.
            for (int i = 0; i < WARM_UP; i++) {
                renderer.synthesize(score);
            }
            long[] ms = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                renderer.synthesize(score);
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            long median = ms[runs / 2];
            System.out.printf("%s %d %.1f%n", new File(file).getName(), median, score.lengthSeconds() * 1000 / median);
        }
    }

    private static SoundFontConfig config(String soundfont) {
        return new SoundFontConfig() {
            @Override public String soundfont() { return soundfont; }
            @Override public String searchFolder() { return "/usr/share/sounds/sf2"; }
            @Override public Class<? extends Annotation> annotationType() { return SoundFontConfig.class; }
        };
    }

    /** A Standard MIDI File as a score: one track per channel, its program, notes in 960 ticks per quarter. */
    private static Score read(File file) throws Exception {
        Sequence seq = MidiSystem.getSequence(file);
        double bpm = 120;
        Map<Integer, List<Note>> notes = new HashMap<>();
        Map<Integer, Integer> programs = new HashMap<>();
        double scale = (double) Score.PPQ / seq.getResolution();
        long end = 0;
        for (javax.sound.midi.Track track : seq.getTracks()) {
            Map<Integer, MidiEvent> open = new HashMap<>();
            for (int i = 0; i < track.size(); i++) {
                MidiEvent e = track.get(i);
                if (e.getMessage() instanceof MetaMessage m && m.getType() == 0x51) {
                    byte[] d = m.getData();
                    bpm = 60_000_000.0 / (((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF));
                } else if (e.getMessage() instanceof ShortMessage s) {
                    int key = s.getChannel() * 128 + s.getData1();
                    if (s.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                        programs.put(s.getChannel(), s.getData1());
                    } else if (s.getCommand() == ShortMessage.NOTE_ON && s.getData2() > 0) {
                        open.put(key, e);
                    } else if (s.getCommand() == ShortMessage.NOTE_OFF || s.getCommand() == ShortMessage.NOTE_ON) {
                        MidiEvent on = open.remove(key);
                        if (on != null) {
                            long start = Math.round(on.getTick() * scale);
                            long stop = Math.round(e.getTick() * scale);
                            notes.computeIfAbsent(s.getChannel(), c -> new ArrayList<>()).add(new Note(s.getData1(),
                                    start, Math.max(1, stop - start), ((ShortMessage) on.getMessage()).getData2()));
                            end = Math.max(end, stop);
                        }
                    }
                }
            }
        }
        List<Track> tracks = new ArrayList<>();
        for (var entry : notes.entrySet()) {
            int channel = entry.getKey();
            tracks.add(new Track("channel " + (channel + 1), channel == Track.DRUM_CHANNEL ? TrackRole.DRUMS
                    : TrackRole.HARMONY, programs.getOrDefault(channel, 0), channel, entry.getValue()));
        }
        end = Math.max(end, Math.round(seq.getTickLength() * scale));
        return new Score(Score.PPQ, bpm, Meter.COMMON, new Key(0, Mode.MAJOR), tracks, end);
    }
}
