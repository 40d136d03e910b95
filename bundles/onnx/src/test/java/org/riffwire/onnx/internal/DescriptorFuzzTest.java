// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of model descriptors, the JSON a researcher drops in {@code models/} (bench/fuzz.sh runs
 * it for longer): any text gives a descriptor or an {@link IllegalArgumentException}, which the registry lists as
 * the model's problem. Findings are kept under {@code src/test/resources/…/DescriptorFuzzTestInputs/} and
 * replayed by every build.
 */
class DescriptorFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void readsOrReports(@NotNull String json) {
        if (json.length() > Descriptors.MAX_BYTES) {
            return;
        }
        try {
            Descriptors.parse(json, "fuzz.json");
        } catch (IllegalArgumentException expected) {
            // Listed by `riffwire models` as this descriptor's problem.
        }
    }
}
