// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.osgi.annotation.versioning.ProviderType;
import org.riffwire.api.spec.Reading;

/**
 * What a generator gets besides the resolved spec: the prompt it came from (text, attachments such as an init
 * clip), the interpreters' readings as numbers, the seed, a progress sink and a cancellation flag. A text- or
 * image-conditioned model reads the prompt and the readings; a rule-based generator needs only the spec.
 */
@ProviderType
public interface GenerationContext {
    long seed();

    /** The prompt as the user gave it, after validation. */
    Prompt prompt();

    /** Every interpreter's readings, in pipeline order. */
    List<Reading> readings();

    /**
     * The generator's own options, the keys it declares with {@code @Options} ("steps" → "30"): the pipeline's
     * settings, overridden by the prompt's. The runtime has checked the keys; the generator checks the values.
     */
    Map<String, String> options();

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
