// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

/**
 * One note name read from prose ("C#", "B flat", "A4"), with where it stands in the prompt. {@code midi} is the
 * MIDI number when an octave was written (scientific pitch, C4 = 60), else -1.
 */
record NoteToken(int start, int end, int pitchClass, int midi, boolean article) {
    boolean hasOctave() {
        return midi >= 0;
    }
}
