// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.riffwire.api.music.Meter;

/**
 * The settings in force while a tune is read, changed by header and body fields: key signature, unit note length,
 * meter, decoration shortcuts and which voice is being read.
 */
final class TuneState {
    /** ABC 2.1's predefined one-letter decorations; U: fields may add more. */
    private static final String DEFAULT_DECORATIONS = "HLMOPSTuv";

    private KeySignature key = KeySignature.C_MAJOR;
    private AbcFraction unitLength;
    private Meter meter;
    private final Set<Character> decorations = new HashSet<>();
    private String firstVoice;
    private boolean voiceActive = true;
    private final List<String> warnings = new ArrayList<>();
    private PitchSpeller.Propagation propagation = PitchSpeller.Propagation.PITCH;
    private int octaveShift;
    private int transpose;

    TuneState() {
        for (char c : DEFAULT_DECORATIONS.toCharArray()) {
            decorations.add(c);
        }
    }

    KeySignature key() {
        return key;
    }

    void setKey(KeySignature key) {
        this.key = key;
        if (key.warning() != null) {
            warn(key.warning());
        }
    }

    /** The unit note length, or null while the header has not set one. */
    AbcFraction unitLength() {
        return unitLength;
    }

    void setUnitLength(AbcFraction unitLength) {
        this.unitLength = unitLength;
    }

    Meter meter() {
        return meter;
    }

    void setMeter(Meter meter) {
        this.meter = meter;
    }

    boolean isCompoundMeter() {
        return meter != null && meter.isCompound();
    }

    /** A bar of the current meter in ticks; a free meter counts 4/4 bars for multi-bar rests. */
    double barTicks() {
        Meter m = meter == null ? Meter.COMMON : meter;
        return m.barTicks(AbcTune.PPQ);
    }

    boolean isDecoration(char c) {
        return decorations.contains(c);
    }

    /** Reads "U:W = !fermata!": only the letter matters, since decorations are skipped. */
    void defineDecoration(String value) {
        String v = value.trim();
        if (!v.isEmpty() && v.indexOf('=') > 0) {
            char c = v.charAt(0);
            if (Letters.index(c) < 0 && c != 'z' && c != 'x' && c != 'Z' && c != 'X' && c != 'y') {
                decorations.add(c);
            }
        }
    }

    /** A V: field in the header: the first voice declared is the one read. */
    /** Returns true when this is the first voice, the one that is read. */
    boolean declareVoice(String value) {
        if (firstVoice == null) {
            firstVoice = voiceId(value);
        }
        return firstVoice.equals(voiceId(value));
    }

    /** A V: field in the body switches reading on for the first voice and off for any other. */
    void switchVoice(String value) {
        String id = voiceId(value);
        if (firstVoice == null) {
            firstVoice = id;
        }
        voiceActive = id.equals(firstVoice);
        if (!voiceActive && warnings.stream().noneMatch(w -> w.startsWith("voice "))) {
            warn("voice " + id + " and any later voices are skipped; only voice " + firstVoice + " is read");
        }
    }

    boolean voiceActive() {
        return voiceActive;
    }

    static String voiceId(String value) {
        String v = value.trim();
        int end = 0;
        while (end < v.length() && !Character.isWhitespace(v.charAt(end)) && v.charAt(end) != ']') {
            end++;
        }
        return v.substring(0, end);
    }

    void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** Octaves that "octave=" moves the written notes by. */
    int octaveShift() {
        return octaveShift;
    }

    void setOctaveShift(int octaves) {
        octaveShift = octaves;
    }

    /** Semitones that "transpose=" moves the sound by. */
    int transpose() {
        return transpose;
    }

    void setTranspose(int semitones) {
        transpose = semitones;
    }

    PitchSpeller.Propagation propagation() {
        return propagation;
    }

    /** A "%%" directive line; the one that changes the notes is "propagate-accidentals". */
    void applyDirective(String directive) {
        String[] words = directive.strip().split("\\s+");
        if (words.length >= 2 && words[0].equalsIgnoreCase("propagate-accidentals")) {
            switch (words[1].toLowerCase(java.util.Locale.ROOT)) {
                case "not" -> propagation = PitchSpeller.Propagation.NOT;
                case "octave" -> propagation = PitchSpeller.Propagation.OCTAVE;
                case "pitch" -> propagation = PitchSpeller.Propagation.PITCH;
                default -> warn("%%propagate-accidentals " + words[1] + " not known: not, octave or pitch");
            }
        }
    }

    List<String> warnings() {
        return warnings;
    }
}
