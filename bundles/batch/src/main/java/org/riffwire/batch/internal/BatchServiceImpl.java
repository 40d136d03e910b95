// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import java.io.IOException;
import java.io.PrintStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.batch.api.BatchJob;
import org.riffwire.batch.api.BatchService;
import org.riffwire.batch.api.BatchSummary;
import org.riffwire.core.api.Studio;

/** The batch service of this runtime: the local engine on the runtime's studio. */
@Component
public final class BatchServiceImpl implements BatchService {
    private final LocalBatch engine;

    @Activate
    public BatchServiceImpl(@Reference Studio studio) {
        this.engine = new LocalBatch(new ItemWorker(studio));
    }

    @Override
    public BatchSummary run(BatchJob job, PrintStream err, boolean terminal) throws IOException {
        if (!job.engine().equals(BatchJob.LOCAL)) {
            throw new IllegalArgumentException("the " + job.engine() + " engine runs through the riffwire script "
                    + "(riffwire batch ... --engine " + job.engine() + ")");
        }
        return engine.run(job, err, terminal);
    }
}
