// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import org.riffwire.api.spec.MusicSpec;

/**
 * Turns a spec into music. A generator honours every explicit value of the spec or fails with
 * {@link UnsatisfiableSpecException}; it never returns a piece that silently breaks a constraint.
 * The same spec and seed give the same piece. Register with the service property {@code riffwire.name}.
 */
public interface Generator {
    Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException;

    /**
     * One line for status listings (riff:plugins): what this generator runs on, or why it cannot run. A
     * generator that cannot run throws from its work method with the same reason.
     */
    default String status() {
        return "ready";
    }
}
