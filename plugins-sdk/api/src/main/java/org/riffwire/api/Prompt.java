// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.util.Objects;

/** The text a user typed. Length and emptiness are checked by the runtime before interpreters see it. */
public record Prompt(String text) {
    public static final int MAX_LENGTH = 4096;

    public Prompt {
        Objects.requireNonNull(text, "text");
    }
}
