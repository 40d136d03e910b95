// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Pictures users attach, decoded safely: {@link org.riffwire.image.PictureDecoder} checks the size and the pixel
 * count the header declares before decoding, decodes at reduced resolution, reads the first frame only, and
 * hands back an immutable {@link org.riffwire.image.Picture} in sRGB.
 */
@Version("1.0.0")
@Export
package org.riffwire.image;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
