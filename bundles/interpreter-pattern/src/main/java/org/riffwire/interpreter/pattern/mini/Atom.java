// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

/** A word of a pattern (a note, a number, a sound) and its column in the pattern (1-based), for error messages. */
public record Atom(String text, int column) {
}
