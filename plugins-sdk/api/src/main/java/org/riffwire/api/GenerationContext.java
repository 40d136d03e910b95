// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.util.concurrent.CancellationException;

/** What a generator gets besides the spec: the seed, a progress sink and a cancellation flag. */
public interface GenerationContext {
    long seed();

    /** Reports progress in [0, 1] with a short description of the current step. */
    void progress(double fraction, String step);

    boolean isCancelled();

    /** Throws when the request was cancelled; generators call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("generation cancelled");
        }
    }
}
