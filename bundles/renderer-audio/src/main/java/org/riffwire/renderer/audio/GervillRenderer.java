// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sound.midi.Instrument;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Patch;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;

/**
 * Renders a score with the JDK's Gervill synthesizer, offline and faster than real time: the synthesizer's
 * {@code openStream} hands out its output as a stream that is computed as it is read, with no sound card.
 * {@code openStream} lives on {@code com.sun.media.sound.AudioSynthesizer}, which java.desktop does not export;
 * the runtime jar's manifest adds the export (Add-Exports), and this class calls it reflectively so the bundle
 * imports nothing from the JDK's internals.
 */
final class GervillRenderer {
    private static final int CHANNELS = 2;

    private GervillRenderer() {
    }

    /**
     * Renders the score with one synthesizer. (Splitting the parts over several synthesizers on several threads
     * was measured slower on two cores: each synthesizer loads its own bank.)
     */
    static AudioClip render(Score score, Soundbank soundbank) throws IOException {
        return Mixdown.finish(score, synthesize(score, soundbank, Mixdown.frames(score)));
    }

    private static float[][] synthesize(Score score, Soundbank soundbank, int frames)
            throws IOException {
        Synthesizer synth;
        try {
            synth = MidiSystem.getSynthesizer();
        } catch (MidiUnavailableException e) {
            throw new IOException("the JDK synthesizer is unavailable: " + e.getMessage(), e);
        }
        AudioFormat format = new AudioFormat(Mixdown.SAMPLE_RATE, 16, CHANNELS, true, false);
        Map<String, Object> info = new HashMap<>();
        info.put("load default soundbank", soundbank == null);
        try (InputStream stream = openStream(synth, format, info)) {
            if (soundbank != null) {
                for (Instrument instrument : instrumentsPlayed(score, soundbank)) {
                    synth.loadInstrument(instrument);
                }
            }
            Receiver receiver = synth.getReceiver();
            for (TimedMessage m : messages(score)) {
                receiver.send(m.message(), m.micros());
            }
            return read(stream, frames);
        } catch (MidiUnavailableException | InvalidMidiDataException e) {
            throw new IOException("the JDK synthesizer failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The synthesizer fails this way on a bank whose samples it cannot play (a sample pointing outside the
            // sample data): the bank's fault, not the piece's.
            throw new IOException("the SoundFont's instruments cannot be played (" + e.getClass().getSimpleName()
                    + " in the JDK synthesizer); choose another SoundFont", e);
        } finally {
            synth.close();
        }
    }

    /**
     * The bank's instruments the score plays: each pitched track's program and the drum tracks' kits. Loading
     * only these, not the whole bank, is most of the difference between a fast render and a slow one: a General
     * MIDI bank holds some 190 instruments, a piece plays a handful (measured with bench/synthesis.sh).
     */
    static List<Instrument> instrumentsPlayed(Score score, Soundbank soundbank) {
        Set<Integer> programs = new HashSet<>();
        Set<Integer> kits = new HashSet<>();
        for (Track track : score.tracks()) {
            if (!track.notes().isEmpty()) {
                (track.isDrums() ? kits : programs).add(track.program());
            }
        }
        List<Instrument> played = new ArrayList<>();
        List<Instrument> anyKit = new ArrayList<>();
        for (Instrument instrument : soundbank.getInstruments()) {
            boolean percussion = isPercussion(instrument.getPatch());
            int program = instrument.getPatch().getProgram();
            if (percussion ? kits.contains(program) : programs.contains(program)) {
                played.add(instrument);
            } else if (percussion && !kits.isEmpty()) {
                anyKit.add(instrument);
            }
        }
        if (!kits.isEmpty() && played.stream().noneMatch(i -> isPercussion(i.getPatch()))) {
            played.addAll(anyKit); // a bank without the kit asked for: the synthesizer picks among those it has
        }
        return played;
    }

    /**
     * Whether a patch is a percussion kit. Gervill's SoundFont patches say so through {@code isPercussion} on
     * {@code com.sun.media.sound.ModelPatch}; a patch without it is taken as a melodic one.
     */
    private static boolean isPercussion(Patch patch) {
        try {
            return (Boolean) patch.getClass().getMethod("isPercussion").invoke(patch);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    private static InputStream openStream(Synthesizer synth, AudioFormat format, Map<String, Object> info)
            throws IOException {
        try {
            Method open = synth.getClass().getMethod("openStream", AudioFormat.class, Map.class);
            return (InputStream) open.invoke(synth, format, info);
        } catch (IllegalAccessException e) {
            throw new IOException("offline rendering needs java.desktop/com.sun.media.sound exported to the "
                    + "runtime (run with --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED)", e);
        } catch (NoSuchMethodException e) {
            throw new IOException("this JDK's synthesizer cannot render offline: " + synth.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IOException("the JDK synthesizer could not start: " + e.getCause(), e.getCause());
        }
    }

    record TimedMessage(long micros, int order, MidiMessage message) {
    }

    /** Program changes and pans at time zero, then every note on and off, note-offs first at equal times. */
    static List<TimedMessage> messages(Score score) throws InvalidMidiDataException {
        List<TimedMessage> out = new ArrayList<>();
        double microsPerTick = 60_000_000.0 / (score.tempoBpm() * score.ppq());
        for (Track track : score.tracks()) {
            int ch = track.channel();
            if (!track.isDrums()) {
                out.add(new TimedMessage(0, 0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, ch, track.program(), 0)));
                out.add(new TimedMessage(0, 0, new ShortMessage(ShortMessage.CONTROL_CHANGE, ch, 10, Mixdown.PAN[ch % Mixdown.PAN.length])));
            }
            for (Note n : track.notes()) {
                long on = Math.round(n.startTick() * microsPerTick);
                long off = Math.round(n.endTick() * microsPerTick);
                out.add(new TimedMessage(on, 2, new ShortMessage(ShortMessage.NOTE_ON, ch, n.pitch(), n.velocity())));
                out.add(new TimedMessage(off, 1, new ShortMessage(ShortMessage.NOTE_OFF, ch, n.pitch(), 0)));
            }
        }
        out.sort(Comparator.comparingLong(TimedMessage::micros).thenComparingInt(TimedMessage::order));
        return out;
    }

    private static float[][] read(InputStream stream, int frames) throws IOException {
        byte[] bytes = new byte[frames * CHANNELS * 2];
        int read = 0;
        while (read < bytes.length) {
            int n = stream.read(bytes, read, bytes.length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        float[][] pcm = new float[CHANNELS][frames];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < CHANNELS; c++) {
                int i = (f * CHANNELS + c) * 2;
                pcm[c][f] = (short) ((bytes[i] & 0xFF) | (bytes[i + 1] << 8)) / 32768f;
            }
        }
        return pcm;
    }
}
