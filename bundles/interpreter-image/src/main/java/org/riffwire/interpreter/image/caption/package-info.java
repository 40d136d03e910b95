// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The captioner SPI: a bundle that can say in words what a picture shows (an ONNX captioning or CLIP model)
 * registers a {@link org.riffwire.interpreter.image.caption.Captioner}, and the image interpreter reads its caption
 * for style instead of the colour description it writes itself. None ships; the expected tensors are in the
 * bundle's README.
 */
@Version("1.0.0")
@Export
package org.riffwire.interpreter.image.caption;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
