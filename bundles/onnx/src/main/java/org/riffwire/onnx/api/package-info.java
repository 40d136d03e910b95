// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * ONNX models as services: each model a bundle or the models folder provides is registered as an
 * {@link org.riffwire.onnx.api.OnnxModel} with the properties {@code riffwire.model.name}, {@code .version},
 * {@code .kind} and {@code .source}.
 */
@Version("1.3.0")
@Export
package org.riffwire.onnx.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
