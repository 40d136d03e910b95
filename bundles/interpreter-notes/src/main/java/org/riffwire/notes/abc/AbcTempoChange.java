// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/** A Q: field inside the tune body; the tempo is in quarter notes per minute. */
public record AbcTempoChange(long startTick, double quarterNotesPerMinute) implements AbcEvent {
}
