// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.shell;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * What the runtime has been doing, for {@code riff:log}: bundles installed, started, stopped, updated and
 * removed (a plug-in dropped into plugins/ shows up here), the framework's errors and warnings (a bundle that
 * cannot resolve or whose activator throws), and the warnings and errors logged through java.util.logging. The
 * last {@link #KEPT} entries are kept in memory, from the shell's start.
 */
@Component(service = RecentLog.class, immediate = true)
public final class RecentLog implements BundleListener, FrameworkListener {
    static final int KEPT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final BundleContext context;
    private final Deque<String> entries = new ArrayDeque<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                add(record.getLevel().getName(), record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() != null ? " (" + record.getThrown() + ")" : ""));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Activate
    public RecentLog(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
        context.addFrameworkListener(this);
        Logger.getLogger("").addHandler(handler);
        add("INFO", "log started; " + context.getBundles().length + " bundles installed");
    }

    @Deactivate
    void deactivate() {
        Logger.getLogger("").removeHandler(handler);
        context.removeFrameworkListener(this);
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String what = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "installed";
            case BundleEvent.STARTED -> "started";
            case BundleEvent.STOPPED -> "stopped";
            case BundleEvent.UPDATED -> "updated";
            case BundleEvent.UNINSTALLED -> "uninstalled";
            default -> null;
        };
        if (what != null) {
            add("INFO", "bundle " + name(event.getBundle()) + " " + what);
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        String level = switch (event.getType()) {
            case FrameworkEvent.ERROR -> "ERROR";
            case FrameworkEvent.WARNING -> "WARNING";
            default -> null;
        };
        if (level != null) {
            Throwable t = event.getThrowable();
            add(level, "bundle " + name(event.getBundle()) + ": " + (t == null ? "framework event"
                    : t.getMessage() != null ? t.getMessage() : t.toString()));
        }
    }

    /** The last {@code count} entries, oldest first. */
    synchronized List<String> last(int count) {
        List<String> all = new ArrayList<>(entries);
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    private synchronized void add(String level, String message) {
        entries.addLast(LocalTime.now().format(TIME) + " " + level + " " + message.replace('\n', ' '));
        while (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    private static String name(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
