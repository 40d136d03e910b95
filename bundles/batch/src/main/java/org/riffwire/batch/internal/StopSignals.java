// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Ctrl-C (SIGINT) and SIGTERM for the length of a batch, taken from the JVM's default handlers, which would start
 * the shutdown at once: its hooks (the launcher's among them, which deletes the framework's storage) would then
 * run beside items still inside ONNX Runtime, which crashed the process. Here a signal only asks the batch to
 * stop; the batch ends its items, writes its manifest and returns, and the process exits as it would have. The
 * JDK's sun.misc.Signal (module jdk.unsupported) is reached by reflection, since the framework need not export
 * it; where it is missing, {@link #trap} says so and the batch falls back to a shutdown hook.
 */
final class StopSignals implements AutoCloseable {
    private static final List<String> NAMES = List.of("INT", "TERM");

    private final List<Object[]> previous = new ArrayList<>();
    private final Method handle;

    private StopSignals(Method handle) {
        this.handle = handle;
    }

    /**
     * Calls {@code onStop} with the signal's number (2 or 15) when one arrives, until closed.
     *
     * @return the trap, or null when this JVM offers no way to take the signals
     */
    static StopSignals trap(IntConsumer onStop) {
        try {
            ClassLoader jdk = ClassLoader.getSystemClassLoader();
            Class<?> signal = Class.forName("sun.misc.Signal", true, jdk);
            Class<?> handler = Class.forName("sun.misc.SignalHandler", true, jdk);
            Method handle = signal.getMethod("handle", signal, handler);
            Method number = signal.getMethod("getNumber");
            StopSignals trap = new StopSignals(handle);
            Object proxy = Proxy.newProxyInstance(jdk, new Class<?>[] {handler}, (self, method, args) -> {
                if (method.getName().equals("handle") && args != null && args.length == 1) {
                    onStop.accept((Integer) number.invoke(args[0]));
                    return null;
                }
                return method.getName().equals("toString") ? "riffwire batch stop" : method.invoke(self, args);
            });
            for (String name : NAMES) {
                Object s = signal.getConstructor(String.class).newInstance(name);
                trap.previous.add(new Object[] {s, handle.invoke(null, s, proxy)});
            }
            return trap;
        } catch (ReflectiveOperationException | IllegalArgumentException | SecurityException | LinkageError e) {
            return null;
        }
    }

    /** Gives the signals back to the handlers they had. */
    @Override
    public void close() {
        for (Object[] p : previous) {
            try {
                handle.invoke(null, p[0], p[1]);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                // the JVM keeps ours, which only sets a flag nobody reads any more
            }
        }
    }
}
