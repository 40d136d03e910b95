// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The pipelines admins compose, kept by ConfigAdmin across restarts: the one place that creates, changes and
 * deletes them, used alike by the shell, the command line, pipeline files and the HTTP API. Every method refuses
 * bad input (an unknown setting, a bad name, creating one that exists) with a one-line message.
 */
@ProviderType
public interface PipelineRegistry {
    /** Every configured pipeline, whether it can run now, and what it misses if not; sorted by name. */
    List<PipelineInfo> list();

    /** A configured pipeline's definition, whether or not it can run now. */
    Optional<PipelineDefinition> definition(String name) throws BadRequestException;

    /** Creates a pipeline: what the change leaves unsaid is the default ({@link Studio#DEFAULT_INTERPRETERS} → symbolic). */
    PipelineDefinition create(String name, PipelineChange change) throws BadRequestException;

    /** Changes an existing pipeline: the parts the change names are replaced, its settings merged in. */
    PipelineDefinition update(String name, PipelineChange change) throws BadRequestException;

    /** Creates or replaces a pipeline whole. */
    void save(PipelineDefinition definition) throws BadRequestException;

    /** @return whether a pipeline of that name existed */
    boolean delete(String name) throws BadRequestException;
}
