// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.spark;

import java.nio.file.Path;

/**
 * The one embedded runtime of an executor JVM, started by its first task and stopped when the JVM ends. Spark
 * gives tasks no per-JVM lifecycle of their own, so this holder is the one static state of the engine: every
 * task of the JVM shares the runtime, as the tasks of one command line share its studio.
 */
final class ExecutorRuntime {
    private static EmbeddedRuntime runtime;
    private static long startMillis;

    private ExecutorRuntime() {
    }

    static synchronized EmbeddedRuntime get(Path jar, Path home, String soundfont) throws Exception {
        if (runtime == null) {
            EmbeddedRuntime started = EmbeddedRuntime.start(jar, home, soundfont);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is ending either way
                }
            }, "riffwire-embedded-stop"));
            runtime = started;
            startMillis = started.startMillis();
        }
        return runtime;
    }

    /** The start time of this JVM's runtime if this call started it, else 0: counted once per executor. */
    static synchronized long takeStartMillis() {
        long m = startMillis;
        startMillis = 0;
        return m;
    }
}
