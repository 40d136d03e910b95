// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.riffwire.api.spec.SpecPatch;

/**
 * Reads a prompt and says what it asks for. Interpreters never call generators or each other; the runtime merges
 * their patches. Register with {@code @Name("…")}; an interpreter that reads attachments says which with
 * {@code @Accepts} (see {@link org.riffwire.api.propertytypes}).
 */
@ConsumerType
public interface PromptInterpreter {
    /**
     * @return the values this interpreter found, each with the words it read; an empty patch when it found none
     * @throws InvalidPromptException when the prompt holds something this interpreter owns and cannot read,
     *         such as broken ABC notation
     */
    SpecPatch interpret(Prompt prompt) throws InvalidPromptException;

    /**
     * One line for status listings (riff:plugins): what this interpreter runs on, or why it cannot run. An
     * interpreter that cannot run throws from its work method with the same reason.
     */
    default String status() {
        return "ready";
    }
}
