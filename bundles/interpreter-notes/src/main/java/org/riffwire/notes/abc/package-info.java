// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * A reader for the ABC 2.1 notation subset that folk tunes and prompts use: {@link org.riffwire.notes.abc.AbcParser}
 * turns one tune into an {@link org.riffwire.notes.abc.AbcTune} whose events are in played order, repeats expanded,
 * at {@link org.riffwire.notes.abc.AbcTune#PPQ} ticks per quarter note. Kept free of interpreter code so that an
 * ABC renderer can export and reuse it to check its own output.
 */
package org.riffwire.notes.abc;
