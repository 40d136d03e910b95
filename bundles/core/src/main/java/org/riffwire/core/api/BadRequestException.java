// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

/** A request the runtime cannot serve as asked: an unknown pipeline or format, an unwritable output path. */
public class BadRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
