// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StopSignalsTest {
    @Test
    void aTermDuringTheBatchOnlyAsksItToStop() throws Exception {
        BlockingQueue<Integer> heard = new ArrayBlockingQueue<>(2);
        try (StopSignals trap = StopSignals.trap(heard::add)) {
            assertNotNull(trap, "this JVM offers sun.misc.Signal");
            Class<?> signal = Class.forName("sun.misc.Signal");
            signal.getMethod("raise", signal).invoke(null, signal.getConstructor(String.class).newInstance("TERM"));
            assertEquals(15, heard.poll(5, TimeUnit.SECONDS), "the batch hears it, and this JVM is still here");
        }
    }
}
