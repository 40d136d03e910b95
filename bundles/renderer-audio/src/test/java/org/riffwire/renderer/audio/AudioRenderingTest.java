// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sound.midi.MidiSystem;
import javax.sound.midi.Soundbank;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Assumptions;
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

class AudioRenderingTest {
    private static final Path TIMGM = Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2");

    /** A 4-second flute line over piano chords with a kick drum, at 120 bpm. */
    private static Score score() {
        List<Note> melody = new ArrayList<>();
        List<Note> chords = new ArrayList<>();
        List<Note> kick = new ArrayList<>();
        int[] line = {69, 71, 73, 74, 76, 74, 73, 71};
        for (int i = 0; i < 8; i++) {
            melody.add(new Note(line[i], i * 960L, 900, 90));
            kick.add(new Note(36, i * 960L, 240, 100));
        }
        for (int bar = 0; bar < 2; bar++) {
            for (int p : new int[] {57, 61, 64}) {
                chords.add(new Note(p, bar * 3840L, 3840, 70));
            }
        }
        return new Score(960, 120, Meter.COMMON, new Key(9, Mode.MAJOR), List.of(
                new Track("Melody", TrackRole.MELODY, 73, 0, melody),
                new Track("Chords", TrackRole.HARMONY, 0, 1, chords),
                new Track("Drums", TrackRole.DRUMS, 0, 9, kick)), 8 * 960L);
    }

    private static AudioInputStream wav(AudioClip clip) throws IOException, javax.sound.sampled.UnsupportedAudioFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WavWriter.write(clip, out);
        return AudioSystem.getAudioInputStream(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void builtInBankRendersTheExactLength() throws Exception {
        AudioClip clip = GervillRenderer.render(score(), null);
        assertEquals(4.0, clip.seconds(), 1.0 / 44_100, "lasts " + clip.seconds());
        AudioInputStream in = wav(clip);
        AudioFormat f = in.getFormat();
        assertEquals(44_100f, f.getSampleRate());
        assertEquals(16, f.getSampleSizeInBits());
        assertEquals(2, f.getChannels());
        assertPeakNearMinusOneDb(in);
    }

    @Test
    void debianSoundFontRendersToo() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(TIMGM), "timgm6mb-soundfont is not installed");
        Soundbank bank = MidiSystem.getSoundbank(TIMGM.toFile());
        AudioClip clip = GervillRenderer.render(score(), bank);
        assertEquals(4.0, clip.seconds(), 1.0 / 44_100, "lasts " + clip.seconds());
        assertPeakNearMinusOneDb(wav(clip));
    }

    @Test
    void onlyTheInstrumentsThePieceUsesAreLoadedAndTheDrumsStillSound() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(TIMGM), "timgm6mb-soundfont is not installed");
        Soundbank bank = MidiSystem.getSoundbank(TIMGM.toFile());
        List<javax.sound.midi.Instrument> played = GervillRenderer.instrumentsPlayed(score(), bank);
        assertTrue(played.size() >= 3 && played.size() < 10, "flute, piano and a kit of " + bank.getInstruments().length
                + " instruments: " + played);
        assertTrue(played.stream().anyMatch(i -> i.getPatch().getProgram() == 73), "the flute: " + played);
        assertTrue(played.stream().anyMatch(i -> i.toString().toLowerCase(java.util.Locale.ROOT).contains("drum")
                || i.toString().toLowerCase(java.util.Locale.ROOT).contains("kit")), "a drum kit: " + played);
        Track kick = score().tracks().get(2);
        Score drumsOnly = new Score(960, 120, Meter.COMMON, new Key(9, Mode.MAJOR), List.of(kick), 8 * 960L);
        AudioClip clip = GervillRenderer.render(drumsOnly, bank); // silence would throw
        assertEquals(4.0, clip.seconds(), 1.0 / 44_100);
    }

    @Test
    void soundFontChoiceOrder(@TempDir Path dir) throws Exception {
        assertTrue(SoundFontChoice.choose("", dir).path().isEmpty(), "an empty folder falls back to the built-in bank");
        Files.writeString(dir.resolve("other.sf2"), "x");
        Files.writeString(dir.resolve("compressed.sf3"), "x");
        assertEquals(dir.resolve("other.sf2").toRealPath(), SoundFontChoice.choose("", dir).path().orElseThrow());
        Files.writeString(dir.resolve("TimGM6mb.sf2"), "x");
        assertEquals(dir.resolve("TimGM6mb.sf2").toRealPath(), SoundFontChoice.choose(null, dir).path().orElseThrow());
        assertTrue(SoundFontChoice.choose("builtin", dir).path().isEmpty(), "the built-in bank on request");
        IOException sf3 = assertThrows(IOException.class,
                () -> SoundFontChoice.choose(dir.resolve("compressed.sf3").toString(), dir));
        assertTrue(sf3.getMessage().contains("Vorbis"), sf3.getMessage());
        assertThrows(IOException.class, () -> SoundFontChoice.choose(dir.resolve("missing.sf2").toString(), dir));
    }

    @Test
    void aBrokenOrOddSoundFontIsRefusedWithWhatIsWrong(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.sf2"), "not a bank at all");
        assertTrue(assertThrows(IOException.class, () -> SoundFontFile.check(junk)).getMessage().contains("no RIFF sfbk"));
        assertTrue(assertThrows(IOException.class, () -> SoundFontFile.check(Path.of("/dev/zero"))).getMessage()
                .contains("not a regular file"));
        assertTrue(assertThrows(IOException.class, () -> SoundFontFile.check(dir)).getMessage().contains("not a regular file"));
        Assumptions.assumeTrue(Files.isReadable(TIMGM), "timgm6mb-soundfont is not installed");
        SoundFontFile.check(TIMGM);
        byte[] whole = Files.readAllBytes(TIMGM);
        Path cut = Files.write(dir.resolve("cut.sf2"), java.util.Arrays.copyOf(whole, 100_000));
        IOException e = assertThrows(IOException.class, () -> SoundFontFile.check(cut));
        assertTrue(e.getMessage().contains("is cut off"), e.getMessage());
        assertThrows(IOException.class, () -> SoundFontChoice.choose(cut.toString(), dir));
    }

    @Test
    void theEndFadesToSilenceWithoutAClick() {
        float[][] pcm = new float[2][44_100];
        for (float[] channel : pcm) {
            java.util.Arrays.fill(channel, 0.5f);
        }
        Mixdown.fadeOut(pcm, 11_025);
        assertEquals(0.5f, pcm[0][44_100 - 11_026], 1e-6f, "before the fade");
        assertEquals(0f, pcm[1][44_100 - 1], 1e-6f, "the last frame is silent");
        for (int i = 44_100 - 11_025; i < 44_100; i++) {
            assertTrue(pcm[0][i] <= pcm[0][i - 1] + 1e-7f, "the fade only falls");
            assertTrue(Math.abs(pcm[0][i] - pcm[0][i - 1]) < 0.5f * Math.PI / 11_025 + 1e-6f, "no step big enough to click");
        }
    }

    @Test
    void aSoftScoreIsWrittenSofterAndMfAndAboveAtMinusOneDb() throws Exception {
        AudioClip clip = GervillRenderer.render(score(), null);
        for (org.riffwire.api.spec.Dynamics d : org.riffwire.api.spec.Dynamics.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WavWriter.write(clip, WavWriter.peakDb(d), out);
            double peak = peakDb(AudioSystem.getAudioInputStream(new ByteArrayInputStream(out.toByteArray())));
            assertEquals(WavWriter.peakDb(d), peak, 0.2, d.name());
        }
        assertEquals(-13.0, WavWriter.peakDb(org.riffwire.api.spec.Dynamics.PP));
        assertEquals(-1.0, WavWriter.peakDb(org.riffwire.api.spec.Dynamics.FF));
    }

    private static void assertPeakNearMinusOneDb(AudioInputStream in) throws IOException {
        assertEquals(-1.0, peakDb(in), 0.2, "peak-normalised with 1 dB headroom");
    }

    private static double peakDb(AudioInputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int peak = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((bytes[i] & 0xFF) | (bytes[i + 1] << 8))));
        }
        return 20 * Math.log10(peak / 32768.0);
    }
}
