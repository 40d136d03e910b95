// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets whoever asked for a generation stop it: the generator sees the cancellation between its steps, and a
 * request still waiting for a worker never starts. Cancelling twice does nothing more.
 */
public final class CancellationSignal {
    private volatile boolean cancelled;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the action when the signal is cancelled, or at once if it already is. */
    public void whenCancelled(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
