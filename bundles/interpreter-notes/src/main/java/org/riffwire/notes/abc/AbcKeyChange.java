// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.Objects;

import org.riffwire.api.music.Key;

/** A K: field inside the tune body. */
public record AbcKeyChange(long startTick, Key key) implements AbcEvent {
    public AbcKeyChange {
        Objects.requireNonNull(key, "key");
    }
}
