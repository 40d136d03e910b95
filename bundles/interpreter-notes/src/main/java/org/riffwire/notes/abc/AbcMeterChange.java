// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import org.riffwire.api.music.Meter;

/** An M: field inside the tune body; {@code meter} is null for M:none (free meter). */
public record AbcMeterChange(long startTick, Meter meter) implements AbcEvent {
}
