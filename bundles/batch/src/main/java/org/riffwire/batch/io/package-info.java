// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Reading prompt lists and manifests, in plain Java with no OSGi types, so the Spark driver, which runs outside
 * any runtime, reads them exactly as the runtime does.
 */
@Version("1.0.0")
@Export
package org.riffwire.batch.io;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
