// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/**
 * Something that happens at one tick of a tune, in played order (repeats expanded). Ticks count
 * {@link AbcTune#PPQ} per quarter note from the start of the tune.
 */
public sealed interface AbcEvent permits AbcNote, AbcChordSymbol, AbcTempoChange, AbcMeterChange, AbcKeyChange {
    long startTick();
}
