// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

/**
 * ABC found in a prompt: the span it covers (fences and an "abc:" label included), the ABC exactly as written there, and the text
 * to hand to the parser (one field per line).
 */
record AbcPassage(int start, int end, String words, String abc) {
}
