// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.nio.charset.StandardCharsets;

/** Derives a seed from the prompt text, so that the same prompt gives the same piece unless a seed is given. */
final class Seeds {
    private Seeds() {
    }

    static long fromPrompt(String prompt) {
        // FNV-1a, 64 bit: stable across JVMs, unlike String.hashCode's 32 bits of spread.
        long h = 0xcbf29ce484222325L;
        for (byte b : prompt.strip().getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h & Long.MAX_VALUE;
    }
}
