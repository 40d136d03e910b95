// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Lets the interactive Gogo shell get a real terminal (line editing, history, completion) instead of a dumb one.
 *
 * <p>JLine finds its terminal providers through the thread context class loader, and the shell's thread inherits
 * it from the thread that starts the Gogo JLine bundle: the framework's start-level thread, whose loader is the
 * launcher's and cannot see JLine's resources. So, for the duration of that one bundle start, the starting thread's
 * context class loader is JLine's own bundle class loader; it is restored as soon as the bundle has started.
 */
@Component(immediate = true)
public final class ShellTerminalLoader implements SynchronousBundleListener {
    static final String SHELL_BUNDLE = "org.apache.felix.gogo.jline";
    static final String JLINE_BUNDLE = "org.jline";

    private final BundleContext context;
    /** The loader a thread had before the swap; held in an array because it may itself be null. */
    private final ThreadLocal<ClassLoader[]> replaced = new ThreadLocal<>();

    @Activate
    public ShellTerminalLoader(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (!SHELL_BUNDLE.equals(event.getBundle().getSymbolicName())) {
            return;
        }
        Thread thread = Thread.currentThread();
        switch (event.getType()) {
            case BundleEvent.STARTING -> {
                ClassLoader jline = jlineClassLoader();
                if (jline != null) {
                    replaced.set(new ClassLoader[] {thread.getContextClassLoader()});
                    thread.setContextClassLoader(jline);
                }
            }
            case BundleEvent.STARTED, BundleEvent.STOPPED -> {
                // STOPPED follows a STARTING whose activator failed: restore in that case too.
                ClassLoader[] before = replaced.get();
                if (before != null) {
                    thread.setContextClassLoader(before[0]);
                    replaced.remove();
                }
            }
            default -> {
                // Other events of the shell bundle do not touch the thread.
            }
        }
    }

    private ClassLoader jlineClassLoader() {
        for (Bundle bundle : context.getBundles()) {
            if (JLINE_BUNDLE.equals(bundle.getSymbolicName())) {
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                return wiring == null ? null : wiring.getClassLoader();
            }
        }
        return null;
    }
}
