// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * The reference reading: Debian's abc2midi turns ABC into MIDI, and this reads back the notes it sounds. Grace
 * notes, guitar chords and fermatas are switched off there, since they are not notes of the tune (a fermata would
 * only stretch the time of what follows). Its copy of the text is written without what abc2midi performs but the
 * notation does not write as notes: R: lines, since it swings the eighths of a tune whose rhythm is "hornpipe", and
 * decorations, since it plays rolls, trills and mordents as runs of notes.
 */
final class Abc2Midi {
    private Abc2Midi() {
    }

    /** What abc2midi made of one text: one MIDI file per tune X:N, and what it printed. */
    record Run(Path folder, String log) {
        /** The notes of tune X:N, or null when abc2midi wrote no file for it. */
        List<Onset> notes(String x) throws IOException {
            return Abc2Midi.notes(folder.resolve("in" + x + ".mid"));
        }
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("abc2midi", "-ver").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs abc2midi over a text of one tune or many, in a folder of its own. */
    static Run convert(String abc, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("in.abc"), referenceText(abc));
        Path log = folder.resolve("abc2midi.log");
        Process p = new ProcessBuilder("abc2midi", "in.abc", "-NGRA", "-NGUI", "-NFER").directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("abc2midi did not finish within 10 minutes in " + folder);
        }
        return new Run(folder, Files.readString(log));
    }

    static String referenceText(String abc) {
        return abc.lines().filter(line -> !line.startsWith("R:")).map(Abc2Midi::withoutDecorations)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * A music line without its decorations: "~", the one-letter ones and "!…!". Chord symbols, annotations and
     * inline fields, which may hold those letters as text, are kept as written; field lines are not music.
     */
    static String withoutDecorations(String line) {
        if (line.length() > 1 && line.charAt(1) == ':' && Character.isLetter(line.charAt(0)) || line.startsWith("%")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int close = -1;
            if (c == '"') {
                close = line.indexOf('"', i + 1);
            } else if (c == '[' && i + 2 < line.length() && Character.isLetter(line.charAt(i + 1))
                    && line.charAt(i + 2) == ':') {
                close = line.indexOf(']', i + 1);
            } else if (c == '%') {
                close = line.length() - 1;
            }
            if (close >= 0) {
                out.append(line, i, close + 1);
                i = close;
            } else if (c == '!' && line.indexOf('!', i + 1) > i) {
                i = line.indexOf('!', i + 1);
            } else if ("~HLMOPSTuv".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The notes of one MIDI file in quarter notes, or null when there is no such file. */
    static List<Onset> notes(Path midi) throws IOException {
        if (!Files.isRegularFile(midi)) {
            return null;
        }
        Sequence sequence;
        try {
            sequence = MidiSystem.getSequence(midi.toFile());
        } catch (InvalidMidiDataException e) {
            throw new IOException(midi + ": " + e.getMessage(), e);
        }
        double division = sequence.getResolution();
        List<Onset> notes = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON
                        && m.getData2() > 0 && m.getChannel() != 9) {
                    notes.add(new Onset(event.getTick() / division, m.getData1()));
                }
            }
        }
        return Onset.inOrder(notes);
    }
}
