// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

/** A pattern that is not mini-notation, with the column (1-based) of the character at fault. */
public final class MiniSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;

    public MiniSyntaxException(String message, int column) {
        super(message + " at " + column);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
