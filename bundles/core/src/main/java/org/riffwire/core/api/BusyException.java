// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

/** Every generation worker is busy and the waiting queue is full: try again later (HTTP 503). */
public class BusyException extends BadRequestException {
    private static final long serialVersionUID = 1L;

    public BusyException(String message) {
        super(message);
    }
}
