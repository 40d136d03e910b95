// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

/**
 * Playable range and character of a General MIDI program: what the orchestrator needs to give parts to
 * instruments. Ranges are practical ones (what sounds well), not the extremes of the instrument.
 */
record InstrumentRange(int low, int high, boolean chordal, boolean bassVoice, int shift) {
    /** Semitones the melody and chords move at the ends of the register, -1 and 1: a fifth. */
    static final int REGISTER_SEMITONES = 7;

    InstrumentRange(int low, int high, boolean chordal, boolean bassVoice) {
        this(low, high, chordal, bassVoice, 0);
    }

    /** The same instrument with its melody and chords placed lower or higher ({@code register} in [-1, 1]). */
    InstrumentRange registered(double register) {
        return new InstrumentRange(low, high, chordal, bassVoice, (int) Math.round(Math.max(-1, Math.min(1, register)) * REGISTER_SEMITONES));
    }

    /** A window of the given width moved by the shift, kept inside the instrument's range. */
    private int moved(int from, int width) {
        return Math.max(low, Math.min(high - width, from + shift));
    }

    static InstrumentRange of(int program) {
        return switch (program) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> new InstrumentRange(28, 103, true, false);
            case 8 -> new InstrumentRange(60, 108, true, false);
            case 9 -> new InstrumentRange(79, 108, false, false);
            case 10 -> new InstrumentRange(60, 96, true, false);
            case 11 -> new InstrumentRange(53, 89, true, false);
            case 12 -> new InstrumentRange(45, 96, true, false);
            case 13 -> new InstrumentRange(65, 108, false, false);
            case 14 -> new InstrumentRange(60, 77, false, false);
            case 15 -> new InstrumentRange(48, 84, true, false);
            case 16, 17, 18, 19, 20 -> new InstrumentRange(36, 96, true, false);
            case 21, 23 -> new InstrumentRange(41, 89, true, false);
            case 22 -> new InstrumentRange(60, 84, false, false);
            case 24, 25, 26, 27, 28, 29, 30, 31 -> new InstrumentRange(40, 84, true, false);
            case 32, 33, 34, 35, 36, 37, 38, 39 -> new InstrumentRange(28, 55, false, true);
            case 40, 110 -> new InstrumentRange(55, 100, false, false);
            case 41 -> new InstrumentRange(48, 88, false, false);
            case 42 -> new InstrumentRange(36, 76, false, true);
            case 43 -> new InstrumentRange(28, 60, false, true);
            case 44, 45, 48, 49, 50, 51 -> new InstrumentRange(36, 96, true, false);
            case 46 -> new InstrumentRange(24, 103, true, false);
            case 47 -> new InstrumentRange(40, 55, false, true);
            case 52, 53, 54 -> new InstrumentRange(48, 79, true, false);
            case 56 -> new InstrumentRange(54, 86, false, false);
            case 57 -> new InstrumentRange(40, 72, false, true);
            case 58 -> new InstrumentRange(28, 58, false, true);
            case 59 -> new InstrumentRange(54, 82, false, false);
            case 60 -> new InstrumentRange(41, 77, false, false);
            case 61, 62, 63 -> new InstrumentRange(40, 84, true, false);
            case 64 -> new InstrumentRange(56, 88, false, false);
            case 65 -> new InstrumentRange(49, 81, false, false);
            case 66 -> new InstrumentRange(44, 76, false, false);
            case 67 -> new InstrumentRange(36, 69, false, true);
            case 68 -> new InstrumentRange(58, 91, false, false);
            case 69 -> new InstrumentRange(52, 81, false, false);
            case 70 -> new InstrumentRange(34, 75, false, true);
            case 71 -> new InstrumentRange(50, 91, false, false);
            case 72 -> new InstrumentRange(74, 108, false, false);
            case 73, 74, 75 -> new InstrumentRange(60, 96, false, false);
            case 76, 79 -> new InstrumentRange(60, 84, false, false);
            case 77 -> new InstrumentRange(55, 86, false, false);
            case 78 -> new InstrumentRange(74, 98, false, false);
            case 87 -> new InstrumentRange(36, 84, false, true);
            case 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103 ->
                    new InstrumentRange(36, 96, true, false);
            case 104 -> new InstrumentRange(48, 84, false, false);
            case 105, 107, 108, 114 -> new InstrumentRange(52, 88, true, false);
            case 106 -> new InstrumentRange(50, 79, false, false);
            case 109 -> new InstrumentRange(55, 74, false, false);
            case 111 -> new InstrumentRange(60, 86, false, false);
            default -> new InstrumentRange(36, 96, false, false);
        };
    }

    /** Where a melody sits: the upper-middle of the range, about an octave and a half wide. */
    int melodyLow() {
        int from = Math.max(low + 5, Math.min(60, high - 19));
        return moved(from, Math.min(high - 2, from + 19) - from);
    }

    int melodyHigh() {
        int from = Math.max(low + 5, Math.min(60, high - 19));
        int width = Math.min(high - 2, from + 19) - from;
        return melodyLow() + width;
    }

    /** Where chords sit: around middle C. */
    int chordLow() {
        int from = Math.min(Math.max(low, 52), high - 14);
        return moved(from, Math.min(high, Math.max(from + 14, 76)) - from);
    }

    int chordHigh() {
        int from = Math.min(Math.max(low, 52), high - 14);
        return chordLow() + Math.min(high, Math.max(from + 14, 76)) - from;
    }

    /** Where a bass line sits: the bottom of the range, at most two octaves. */
    int bassLow() {
        return bassVoice ? Math.max(low, 28) : Math.max(low, 36);
    }

    int bassHigh() {
        return Math.min(high, bassLow() + 21);
    }
}
