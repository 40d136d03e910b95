// SPDX-License-Identifier: Apache-2.0
/**
 * Listening to music: an {@link org.riffwire.api.analysis.AudioAnalyzer} measures audio, a
 * {@link org.riffwire.api.analysis.Verifier} compares a piece and its audio with the spec it was made for.
 */
@Version("2.1.0")
@Export
package org.riffwire.api.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
