// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.riffwire.api.spec.MusicSpec;

/**
 * Turns a spec into music. A generator honours every explicit value of the spec or fails with
 * {@link UnsatisfiableSpecException}; it never returns a piece that silently breaks a constraint. The exception is
 * what it declares approximate with {@code @Honours(approximate = …)}: such values it steers towards without a
 * guarantee (a diffusion model asked for a tempo), and the verifier reports how close the result came.
 * The same spec and seed give the same piece. Besides the spec, the context carries the prompt (text and
 * attachments) and the interpreters' readings, for generators that condition on them.
 *
 * <p>Register as a Declarative Services component with {@code @Name("…")} and say what it makes with
 * {@code @Produces} (score, audio or both; default score), which fields it keeps exactly or only approximately with
 * {@code @Honours}, and which attachments it reads with {@code @Accepts} (see {@link org.riffwire.api.propertytypes}).
 */
@ConsumerType
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
