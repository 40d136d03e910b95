// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;

/**
 * The sample player checked against the JDK's Gervill and fluidsynth on the same notes and SoundFont: each note's
 * pitch, onset and level (against the others' notes, since every output is normalised to a peak when written).
 */
class SamplePlayerTest {
    private static final Path TIMGM = Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2");
    private static final int PPQ = 960;
    private static final double BPM = 120; // a tick is 1/1920 s
    /** Instruments of several families, each at a pitch in its range: program and MIDI note. */
    private static final int[][] NOTES = {{0, 60}, {24, 52}, {33, 40}, {40, 76}, {48, 67}, {56, 72}, {65, 65},
        {73, 79}};

    @TempDir
    Path folder;

    @Test
    void aToneSoundsAtItsPitchAndStartsOnTime() throws IOException {
        Path file = Files.write(folder.resolve("tiny.sf2"), TinySoundFont.bytes());
        // The tiny bank's sine is 440 Hz at its root key, 69; an octave up plays it at 880 Hz.
        Score score = score(List.of(track(0, 0, new Note(81, 960, 480, 100))), 1920);
        float[] left = SamplePlayer.render(score, Sf2Bank.read(file)).channel(0);
        int onset = onset(left, 0, left.length);
        assertEquals(0.5 * 44_100, onset, 0.002 * 44_100, "the note starts at its tick");
        assertEquals(880, frequency(left, onset + 100, 1024, 880), 880 * 0.01);
        for (int f = 0; f < 22_050; f++) {
            assertEquals(0, left[f], 1e-6, "silence before the note");
        }
    }

    @Test
    void aStepLongerThanItsLoopStaysInsideTheSample() throws IOException {
        // A ten-frame loop (its start moved 2022 frames on) played five octaves up: each frame's step (16 frames)
        // passes over the whole loop, and the read position must still wrap back into it.
        Path file = Files.write(folder.resolve("short-loop.sf2"), TinySoundFont.bytes(Sf2Bank.SAMPLE_MODES, 1,
                Sf2Bank.LOOP_START_OFFSET, 2022, Sf2Bank.COARSE_TUNE, 60));
        AudioClip clip = SamplePlayer.render(score(List.of(track(0, 0, new Note(69, 0, 1920, 100))), 1920),
                Sf2Bank.read(file));
        float[] left = clip.channel(0);
        double sum = 0;
        for (int f = 4410; f < 22_050; f++) {
            sum += Math.abs(left[f]);
        }
        assertTrue(sum > 0, "the note sounds through its loop");
    }

    @Test
    void aLoopOfNoLengthIsPlayedUnloopedHereAndRefusedForGervill() throws IOException {
        // The loop's start moved onto its end (2032 + 8 = 2040): Gervill never returns from such a zone.
        Path file = Files.write(folder.resolve("empty-loop.sf2"), TinySoundFont.bytes(Sf2Bank.SAMPLE_MODES, 1,
                Sf2Bank.LOOP_START_OFFSET, 2032));
        float[] left = SamplePlayer.render(score(List.of(track(0, 0, new Note(69, 0, 480, 100))), 960),
                Sf2Bank.read(file)).channel(0);
        assertTrue(Math.abs(left[441]) > 0, "the sample plays");
        IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> SoundFontFile.load(file));
        assertTrue(refused.getMessage().contains("loop of no length") && refused.getMessage().contains(file.toString()),
                refused.getMessage());
    }

    @Test
    void theVibratoLfoSwingsThePitchAsItsDepthAndRateSay() throws IOException {
        // A looped sine with a vibrato of 100 cents at 2 Hz (8.176 Hz * 2^(-2437/1200)): a triangle from the note's
        // start, a semitone sharp a quarter of a cycle in (0.125 s), a semitone flat three quarters in.
        Path file = Files.write(folder.resolve("vibrato.sf2"), TinySoundFont.bytes(Sf2Bank.SAMPLE_MODES, 1,
                Sf2Bank.VIB_LFO_TO_PITCH, 100, Sf2Bank.FREQ_VIB_LFO, -2437));
        float[] left = SamplePlayer.render(score(List.of(track(0, 0, new Note(81, 0, 1920, 100))), 3840),
                Sf2Bank.read(file)).channel(0);
        double sharp = frequency(left, (int) (0.125 * 44_100) - 256, 512, 880);
        double flat = frequency(left, (int) (0.375 * 44_100) - 256, 512, 880);
        double steady = frequency(left, (int) (0.25 * 44_100) - 256, 512, 880);
        assertEquals(100, cents(sharp / 880), 15, "a semitone sharp at the top of the swing: " + sharp + " Hz");
        assertEquals(-100, cents(flat / 880), 15, "a semitone flat at the bottom: " + flat + " Hz");
        assertEquals(0, cents(steady / 880), 15, "in tune where the triangle crosses zero: " + steady + " Hz");
    }

    @Test
    void theModulationEnvelopeClosesTheFilterAfterTheAttack() throws IOException {
        // The filter's corner at 131 Hz (4800 absolute cents) plus six octaves at the envelope's peak, falling
        // back over a decay of 0.5 s (-1200 timecents) to a sustain of nothing: an 880 Hz tone starts open and
        // ends muffled. Without the envelope the same corner would muffle it from the start.
        Path swept = Files.write(folder.resolve("swept.sf2"), TinySoundFont.bytes(Sf2Bank.SAMPLE_MODES, 1,
                Sf2Bank.FILTER_FC, 4800, Sf2Bank.MOD_ENV_TO_FILTER_FC, 7200, Sf2Bank.DECAY_MOD_ENV, -1200,
                Sf2Bank.SUSTAIN_MOD_ENV, 1000));
        Path open = Files.write(folder.resolve("open.sf2"), TinySoundFont.bytes(Sf2Bank.SAMPLE_MODES, 1));
        // The piece goes on a second past the note, so that its closing fade does not touch what is measured.
        Score score = score(List.of(track(0, 0, new Note(81, 0, 1920, 127))), 3840);
        float[] sweep = SamplePlayer.render(score, Sf2Bank.read(swept)).channel(0);
        float[] plain = SamplePlayer.render(score, Sf2Bank.read(open)).channel(0);
        double sweepDrop = rmsDb(sweep, 0.01, 0.03) - rmsDb(sweep, 0.8, 0.9);
        double plainDrop = rmsDb(plain, 0.01, 0.03) - rmsDb(plain, 0.8, 0.9);
        assertTrue(sweepDrop > 20, "the filter closes: " + sweepDrop + " dB quieter at 0.8 s than at the start");
        assertEquals(0, plainDrop, 1.5, "without the envelope the level holds");
    }

    private static double cents(double ratio) {
        return 1200 * Math.log(ratio) / Math.log(2);
    }

    /** Loudness (dB RMS) between two times, in seconds. */
    private static double rmsDb(float[] x, double from, double to) {
        int a = (int) (from * 44_100);
        int b = (int) (to * 44_100);
        double sum = 0;
        for (int f = a; f < b; f++) {
            sum += x[f] * x[f];
        }
        return 10 * Math.log10(sum / (b - a) + 1e-20);
    }

    @Test
    void aBankCutOffInItsPresetsIsRefusedWithItsName() throws IOException {
        byte[] bytes = TinySoundFont.bytes();
        byte[] broken = bytes.clone();
        // The preset's first bag index, pointing past the bag table.
        int phdr = indexOf(bytes, "phdr".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        broken[phdr + 8 + 24] = 90;
        Path file = Files.write(folder.resolve("broken.sf2"), broken);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Sf2Bank.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void generalMidiNotesMatchGervillInPitchOnsetAndBalance() throws IOException {
        assumeTrue(Files.isReadable(TIMGM), "needs Debian's timgm6mb-soundfont");
        List<Measure> ours = new ArrayList<>();
        List<Measure> gervill = new ArrayList<>();
        Sf2Bank bank = Sf2Bank.read(TIMGM);
        var jdkBank = SoundFontFile.load(TIMGM);
        for (int[] n : NOTES) {
            Score score = oneNote(n[0], n[1]);
            ours.add(measure(SamplePlayer.render(score, bank), n[1]));
            gervill.add(measure(GervillRenderer.render(score, jdkBank), n[1]));
        }
        compare(ours, gervill, "Gervill");
    }

    @Test
    void generalMidiNotesMatchFluidsynthInPitchOnsetAndBalance() throws Exception {
        assumeTrue(Files.isReadable(TIMGM), "needs Debian's timgm6mb-soundfont");
        assumeTrue(onPath("fluidsynth"), "needs fluidsynth");
        List<Measure> ours = new ArrayList<>();
        List<Measure> fluid = new ArrayList<>();
        Sf2Bank bank = Sf2Bank.read(TIMGM);
        for (int[] n : NOTES) {
            Score score = oneNote(n[0], n[1]);
            ours.add(measure(SamplePlayer.render(score, bank), n[1]));
            fluid.add(measure(fluidsynth(score), n[1]));
        }
        compare(ours, fluid, "fluidsynth");
    }

    /** A note's measured fundamental (Hz), onset (s) and loudness over its first second (dB RMS). */
    private record Measure(double hertz, double onsetSeconds, double rmsDb) {
    }

    /**
     * Pitch, onset and balance note by note. Gervill sounds every note about 13 ms late (its control-rate
     * processing), so against it onsets are compared after that common lag, which must stay under 20 ms; its lag
     * also varies from instrument to instrument (10.8 to 15.3 ms behind fluidsynth on these notes, the strings
     * the latest), so against Gervill an onset may stray 7 ms from the common lag, against fluidsynth 5 ms.
     */
    private static void compare(List<Measure> ours, List<Measure> theirs, String who) {
        double lag = 0;
        for (int i = 0; i < ours.size(); i++) {
            lag += (theirs.get(i).onsetSeconds() - ours.get(i).onsetSeconds()) / ours.size();
        }
        assertTrue(Math.abs(lag) < 0.020, who + " sounds the notes " + lag * 1000 + " ms later on average");
        if (who.equals("fluidsynth")) {
            lag = 0; // the reference for timing
        }
        double ourMean = ours.stream().mapToDouble(Measure::rmsDb).average().orElseThrow();
        double theirMean = theirs.stream().mapToDouble(Measure::rmsDb).average().orElseThrow();
        for (int i = 0; i < ours.size(); i++) {
            Measure o = ours.get(i);
            Measure t = theirs.get(i);
            String what = "program " + NOTES[i][0] + ", note " + NOTES[i][1] + " against " + who;
            assertEquals(t.hertz(), o.hertz(), t.hertz() * 0.01, what + ": pitch within 17 cents");
            double onsetTolerance = who.equals("fluidsynth") ? 0.005 : 0.007;
            assertEquals(t.onsetSeconds() - lag, o.onsetSeconds(), onsetTolerance,
                    what + ": onset within " + Math.round(onsetTolerance * 1000) + " ms");
            // fluidsynth reads the bank as this player does (filter envelopes included), Gervill differently.
            double levelTolerance = who.equals("fluidsynth") ? 3 : 4.5;
            assertEquals(t.rmsDb() - theirMean, o.rmsDb() - ourMean, levelTolerance,
                    what + ": level against the others within " + levelTolerance + " dB");
        }
    }

    private static Measure measure(AudioClip clip, int pitch) {
        float[] mono = new float[clip.frames()];
        for (int c = 0; c < clip.channelCount(); c++) {
            float[] ch = clip.channel(c);
            for (int f = 0; f < mono.length; f++) {
                mono[f] += ch[f] / clip.channelCount();
            }
        }
        int onset = onset(mono, 0, mono.length);
        double expected = 440 * Math.pow(2, (pitch - 69) / 12.0);
        double hertz = frequency(mono, onset + 4410, 8192, expected);
        double sum = 0;
        int end = Math.min(mono.length, onset + 44_100);
        for (int f = onset; f < end; f++) {
            sum += mono[f] * mono[f];
        }
        return new Measure(hertz, onset / 44_100.0, 10 * Math.log10(sum / (end - onset) + 1e-20));
    }

    /** The first frame within 30 dB of the loudest. */
    private static int onset(float[] x, int from, int to) {
        float peak = 0;
        for (int f = from; f < to; f++) {
            peak = Math.max(peak, Math.abs(x[f]));
        }
        for (int f = from; f < to; f++) {
            if (Math.abs(x[f]) >= peak * 0.0316f) {
                return f;
            }
        }
        return to;
    }

    /**
     * The fundamental by normalised autocorrelation, searched within a fifth of the expected frequency (so an
     * octave error cannot pass for agreement), refined between lags by a parabola.
     */
    private static double frequency(float[] x, int from, int length, double expected) {
        double rate = 44_100;
        int minLag = (int) Math.floor(rate / (expected * 1.5));
        int maxLag = (int) Math.ceil(rate / (expected / 1.5));
        int n = Math.min(length, x.length - from - maxLag - 2);
        double[] r = new double[maxLag + 2];
        for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
            double s = 0, e1 = 0, e2 = 0;
            for (int i = 0; i < n; i++) {
                s += x[from + i] * x[from + i + lag];
                e1 += x[from + i] * x[from + i];
                e2 += x[from + i + lag] * x[from + i + lag];
            }
            r[lag] = s / Math.sqrt(e1 * e2 + 1e-20);
        }
        int best = minLag;
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (r[lag] > r[best]) {
                best = lag;
            }
        }
        double a = r[best - 1], b = r[best], c = r[best + 1];
        double shift = (a - 2 * b + c) == 0 ? 0 : 0.5 * (a - c) / (a - 2 * b + c);
        return rate / (best + shift);
    }

    /** fluidsynth's rendering of the score's MIDI, reverb and chorus off, as this player has neither. */
    private AudioClip fluidsynth(Score score) throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
        javax.sound.midi.Track t = sequence.createTrack();
        Track track = score.tracks().get(0);
        t.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, track.channel(), track.program(), 0), 0));
        t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, track.channel(), 10,
                Mixdown.PAN[track.channel()]), 0));
        for (Note n : track.notes()) {
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, track.channel(), n.pitch(), n.velocity()),
                    n.startTick()));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, track.channel(), n.pitch(), 0), n.endTick()));
        }
        // 120 bpm is the MIDI default tempo, so the file needs no tempo event.
        Path mid = folder.resolve("note.mid");
        Path wav = folder.resolve("note.wav");
        MidiSystem.write(sequence, 0, mid.toFile());
        Process p = new ProcessBuilder("fluidsynth", "-ni", "-q", "-R", "0", "-C", "0", "-g", "0.5", "-r", "44100",
                "-F", wav.toString(), TIMGM.toString(), mid.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "fluidsynth renders the note");
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new File(wav.toString()))) {
            byte[] bytes = in.readAllBytes();
            int channels = in.getFormat().getChannels();
            int frames = bytes.length / (2 * channels);
            float[][] pcm = new float[channels][frames];
            for (int f = 0; f < frames; f++) {
                for (int c = 0; c < channels; c++) {
                    int i = (f * channels + c) * 2;
                    pcm[c][f] = (short) ((bytes[i] & 0xFF) | (bytes[i + 1] << 8)) / 32768f;
                }
            }
            return new AudioClip(44_100, pcm);
        }
    }

    private static Score oneNote(int program, int pitch) {
        // A quarter-second of silence, then a note of 1.5 s; the piece ends 1 s after it.
        return score(List.of(track(program, 1, new Note(pitch, 480, 2880, 100))), 480 + 2880 + 1920);
    }

    private static Track track(int program, int channel, Note... notes) {
        return new Track("part", TrackRole.MELODY, program, channel, List.of(notes));
    }

    private static Score score(List<Track> tracks, long lengthTicks) {
        return new Score(PPQ, BPM, new Meter(4, 4), new Key(0, Mode.MAJOR), tracks, lengthTicks);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
