// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.image;

/** A file that is not a picture this runtime will decode, with a one-line reason that names the file. */
public final class UnreadableImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableImageException(String message) {
        super(message);
    }

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
