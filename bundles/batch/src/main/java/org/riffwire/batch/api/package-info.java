// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Batch generation as values: an item of a prompt list, a batch job's options, a run's summary, and the service
 * that runs a job on this runtime.
 */
@Version("1.0.0")
@Export
package org.riffwire.batch.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
