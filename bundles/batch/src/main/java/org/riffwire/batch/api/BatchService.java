// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.api;

import java.io.IOException;
import java.io.PrintStream;

import org.osgi.annotation.versioning.ProviderType;

/** Runs a batch job on this runtime's studio with the local engine: a pool of workers. */
@ProviderType
public interface BatchService {
    /**
     * Makes every item of the job's list not yet complete in its folder, recording each in the manifest.
     * A failed item is recorded and the batch goes on.
     *
     * @param err      where progress (on a terminal) and the summary go
     * @param terminal whether err is a terminal, for the progress bar
     * @throws IOException when the list cannot be read or the folder cannot be written
     */
    BatchSummary run(BatchJob job, PrintStream err, boolean terminal) throws IOException;
}
