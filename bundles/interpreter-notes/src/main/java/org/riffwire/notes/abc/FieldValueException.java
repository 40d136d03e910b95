// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

/** A field value that cannot be read; the caller adds where it stood before it reaches the user. */
final class FieldValueException extends Exception {
    private static final long serialVersionUID = 1L;

    FieldValueException(String problem) {
        super(problem);
    }
}
