// SPDX-License-Identifier: Apache-2.0
/** Immutable music values: scores, tracks, notes, keys, meters and audio. */
@Version("2.0.0")
@Export
package org.riffwire.api.music;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
