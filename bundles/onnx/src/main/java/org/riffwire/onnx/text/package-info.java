// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Text for the ONNX models that read it: BERT's WordPiece tokenizer and sentence embeddings (mean-pooled,
 * L2-normalised) from a model of kind {@code sentence-embedding}. Shared by the semantic interpreter, which compares
 * a prompt with its tags, and the mel-diffusion generator, which is conditioned on the same vector.
 */
@Version("1.0.0")
@Export
package org.riffwire.onnx.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
