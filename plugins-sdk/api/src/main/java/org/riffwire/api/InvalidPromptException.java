// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

/** The prompt cannot be read: empty, too long, or holding notation that does not parse. */
public class InvalidPromptException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidPromptException(String message) {
        super(message);
    }
}
