// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a piece in one format, to a file or any stream. Register with {@code @Name("…")} and {@code @Format("…")}
 * (the file extension, without the dot). A renderer of audio formats synthesises a score-only piece; a renderer
 * of notation refuses an audio-only piece with {@link UnsatisfiableSpecException}.
 */
@ConsumerType
public interface Renderer {
    /**
     * @throws UnsatisfiableSpecException when the piece lacks what this format needs (a score for MIDI)
     */
    void render(Piece piece, OutputStream out) throws IOException, UnsatisfiableSpecException;

    /**
     * One line for status listings (riff:plugins): what this renderer runs on, or why it cannot run. A
     * renderer that cannot run throws from its work method with the same reason.
     */
    default String status() {
        return "ready";
    }
}
