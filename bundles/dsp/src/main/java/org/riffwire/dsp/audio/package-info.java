// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Reading audio files into clips, for bundles that take audio from users (init clips) or tools, and measures of
 * how a clip sounds (its mono mix, brightness, onset strength) for analyses, benches and checks.
 */
@Version("1.1.0")
@Export
package org.riffwire.dsp.audio;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
