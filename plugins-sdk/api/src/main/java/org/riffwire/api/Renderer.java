// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a piece in one format, to a file or any stream. Register with {@code @Name("…")} and {@code @Format("…")}
 * (the file extension, without the dot). A renderer of audio formats synthesises a score-only piece; a renderer
 * of notation refuses an audio-only piece with {@link UnsatisfiableSpecException}.
 */
@ConsumerType
public interface Renderer {
    /** The request setting naming a SoundFont file (or {@code builtin}) for that request's audio. */
    String SOUNDFONT_SETTING = "soundfont";

    /**
     * @throws UnsatisfiableSpecException when the piece lacks what this format needs (a score for MIDI)
     */
    void render(Piece piece, OutputStream out) throws IOException, UnsatisfiableSpecException;

    /**
     * Renders with settings of this one request, over the renderer's own configuration:
     * {@link #SOUNDFONT_SETTING} (a SoundFont file, for audio) is the one the runtime passes today. A renderer that has no settings need not
     * implement this; unknown settings are ignored.
     *
     * @since 2.1 (package version; API release 2.2.0)
     */
    default void render(Piece piece, OutputStream out, Map<String, String> settings)
            throws IOException, UnsatisfiableSpecException {
        render(piece, out);
    }

    /**
     * One line for status listings (riff:plugins): what this renderer runs on, or why it cannot run. A
     * renderer that cannot run throws from its work method with the same reason.
     */
    default String status() {
        return "ready";
    }
}
