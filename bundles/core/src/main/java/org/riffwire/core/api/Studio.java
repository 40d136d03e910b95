// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.spec.SpecConflictException;

/** Runs prompts through named pipelines and writes the results. */
public interface Studio {
    String DEFAULT_PIPELINE = "default";

    /** The interpreters of the default pipeline and of a new pipeline that names none, in order. */
    List<String> DEFAULT_INTERPRETERS = List.of("keyword", "notes", "semantic");

    /** The generator of the default pipeline and of a new pipeline that names none. */
    String DEFAULT_GENERATOR = "symbolic";

    /** Interprets a prompt with a pipeline's interpreters and the runtime defaults, without generating. */
    Interpretation interpret(String prompt, String pipeline)
            throws InvalidPromptException, SpecConflictException, BadRequestException;

    /**
     * Interprets, generates and renders every requested output. Either every output file is written or none is.
     */
    GenerationResult generate(GenerationRequest request) throws InvalidPromptException, SpecConflictException,
            UnsatisfiableSpecException, BadRequestException;

    /** Measures an audio file (WAV, AIFF or AU). */
    AudioAnalysis analyze(Path audioFile) throws BadRequestException;

    List<PipelineInfo> pipelines();

    /** Creates or replaces a pipeline; ConfigAdmin keeps it across restarts. */
    void savePipeline(PipelineDefinition definition) throws BadRequestException;

    /** @return whether a pipeline of that name existed */
    boolean deletePipeline(String name) throws BadRequestException;

    /** A configured pipeline's definition, whether or not it can run now. */
    java.util.Optional<PipelineDefinition> pipelineDefinition(String name) throws BadRequestException;

    List<PluginInfo> plugins();
}
