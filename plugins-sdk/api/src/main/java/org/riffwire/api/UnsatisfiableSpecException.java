// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

/** No piece can honour every explicit value of the spec; the message says which ones and why. */
public class UnsatisfiableSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsatisfiableSpecException(String message) {
        super(message);
    }
}
