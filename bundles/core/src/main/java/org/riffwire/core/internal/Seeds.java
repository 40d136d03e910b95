// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.nio.charset.StandardCharsets;

import org.riffwire.api.Attachment;
import org.riffwire.api.Prompt;

/**
 * Derives a seed from the prompt, so that the same prompt gives the same piece unless a seed is given: its text
 * and, when it has them, its attachments' bytes (two pictures with no text get two pieces).
 */
final class Seeds {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Seeds() {
    }

    static long fromPrompt(String prompt) {
        return fnv(OFFSET, prompt.strip().getBytes(StandardCharsets.UTF_8)) & Long.MAX_VALUE;
    }

    static long of(Prompt prompt) {
        long h = fnv(OFFSET, prompt.text().strip().getBytes(StandardCharsets.UTF_8));
        for (Attachment a : prompt.attachments()) {
            h = fnv(h, a.bytes());
        }
        return h & Long.MAX_VALUE;
    }

    /** FNV-1a, 64 bit: stable across JVMs, unlike String.hashCode's 32 bits of spread. */
    private static long fnv(long h, byte[] bytes) {
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= PRIME;
        }
        return h;
    }
}
