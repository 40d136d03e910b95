// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

/**
 * The four actions of the pipeline command, one home for the shell's {@code riff:pipeline} and the command line's
 * {@code riffwire pipeline}: each answers with the text the user sees, or fails with one line that says why.
 */
public final class PipelineActions {
    private PipelineActions() {
    }

    /** Runs {@code create}, {@code show}, {@code set} or {@code delete} on the pipeline {@code name}. */
    public static String apply(PipelineRegistry pipelines, String action, String name, PipelineChange change)
            throws BadRequestException {
        return switch (action) {
            case "show" -> TextReports.pipeline(pipelines.definition(name)
                    .orElseThrow(() -> new BadRequestException("no pipeline named " + name)));
            case "delete" -> {
                if (!pipelines.delete(name)) {
                    throw new BadRequestException("no pipeline named " + name);
                }
                yield "deleted pipeline " + name + "\n";
            }
            case "create" -> "created pipeline " + name + "\n" + TextReports.pipeline(pipelines.create(name, change));
            case "set" -> "changed pipeline " + name + "\n" + TextReports.pipeline(pipelines.update(name, change));
            default -> throw new BadRequestException("unknown action '" + action + "': create, show, set or delete");
        };
    }
}
