// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.spec.SpecConflictException;

/**
 * Runs prompts through named pipelines: interprets, generates on a bounded pool of workers, renders to files or
 * streams, and listens to the result when asked. Pipelines are edited through {@link PipelineRegistry}, plug-ins
 * listed by {@link PluginInventory}.
 */
@ProviderType
public interface Studio {
    String DEFAULT_PIPELINE = "default";

    /** The interpreters of the default pipeline and of a new pipeline that names none, in order. */
    List<String> DEFAULT_INTERPRETERS = List.of("keyword", "notes", "pattern", "semantic", "image");

    /** The generator of the default pipeline and of a new pipeline that names none. */
    String DEFAULT_GENERATOR = "symbolic";

    /** Interprets a prompt with a pipeline's interpreters and the runtime defaults, without generating. */
    Interpretation interpret(Prompt prompt, String pipeline)
            throws InvalidPromptException, SpecConflictException, BadRequestException;

    /**
     * Interprets, generates and renders every requested output file (none requested: one default file, a WAV
     * for a pipeline whose generator makes audio only, else MIDI). Either every file is written or none is.
     *
     * @throws BusyException when every worker is busy and the queue is full
     */
    GenerationResult generate(GenerationRequest request) throws InvalidPromptException, SpecConflictException,
            UnsatisfiableSpecException, BadRequestException;

    /**
     * Like {@link #generate(GenerationRequest)}, but renders each format (extension without the dot, such as
     * "wav") to the stream given for it, for a server that sends results as they are made. The streams are
     * flushed, not closed; on failure some may hold part of a rendering.
     */
    GenerationResult generate(GenerationRequest request, Map<String, ? extends OutputStream> streamsByFormat)
            throws InvalidPromptException, SpecConflictException, UnsatisfiableSpecException, BadRequestException;

    /** Measures an audio file (WAV, AIFF or AU). */
    AudioAnalysis analyze(Path audioFile) throws BadRequestException;
}
