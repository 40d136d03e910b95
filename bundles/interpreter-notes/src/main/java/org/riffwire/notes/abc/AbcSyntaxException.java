// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/**
 * ABC text that cannot be read. The message starts with "ABC:", names the problem and says where it is (bar, line
 * and column where known), so it can be shown to a user as it is.
 */
public class AbcSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public AbcSyntaxException(String message) {
        this(message, 0, 0);
    }

    public AbcSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem, or 0 when it concerns the tune as a whole. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }
}
