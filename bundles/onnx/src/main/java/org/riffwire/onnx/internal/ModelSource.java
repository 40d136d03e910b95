// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.riffwire.onnx.api.OnnxModel;

/** Where a model's files live: inside a bundle, or in the models folder (one file, or an export's folders). */
interface ModelSource {
    /** The model's parts; one, {@link OnnxModel#MAIN}, unless the source says otherwise. */
    default List<String> parts() {
        return List.of(OnnxModel.MAIN);
    }

    /**
     * The part's file on disk, when it has one: a session is then opened from the path, so weights kept in
     * external data files beside it are found.
     */
    default Optional<Path> file(String part) {
        return Optional.empty();
    }

    /** The part's bytes, for a model with no file on disk. */
    byte[] model(String part) throws IOException;

    /** A file beside the model, by its file name (or path under an export's folder). */
    InputStream open(String fileName) throws IOException;
}
