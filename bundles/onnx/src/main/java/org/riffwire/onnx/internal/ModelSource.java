// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;

/** Where a model's files live: inside a bundle or in the models folder. */
interface ModelSource {
    /** The model file's bytes. */
    byte[] model() throws IOException;

    /** A file beside the model, by its file name. */
    InputStream open(String fileName) throws IOException;
}
