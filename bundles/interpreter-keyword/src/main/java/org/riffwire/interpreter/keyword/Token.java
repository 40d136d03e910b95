// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

/**
 * One word of the prompt, lower-cased, with its place in the text. {@code joined} says whether only blanks,
 * hyphens or apostrophes stand between it and the word before: phrases never reach across a comma or a full stop.
 */
record Token(String word, int start, int end, boolean joined) {
}
