// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;
import org.riffwire.onnx.api.ModelInventory;

/**
 * Hands the command line to {@link CommandLine} on the launcher's main thread. The bnd launcher publishes the
 * process arguments as the {@code launcher.arguments} property of its own service, calls the {@code Callable}
 * registered with {@code main.thread=true}, and exits the process with the code it returns.
 */
@Component(immediate = true)
public final class CommandLineLauncher {
    /** Set by the riffwire script when stderr is a terminal. */
    static final String STDERR_TERMINAL = "riffwire.stderr.terminal";

    private final ServiceRegistration<?> registration;

    @Activate
    public CommandLineLauncher(BundleContext context, @Reference Studio studio, @Reference PipelineRegistry pipelines,
            @Reference PluginInventory inventory, @Reference ModelInventory models,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher) {
        String[] args = (String[]) launcher.get("launcher.arguments");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("main.thread", Boolean.TRUE);
        // The riffwire script says whether stderr is a terminal: progress lines go there, and only there.
        boolean terminal = Boolean.parseBoolean(context.getProperty(STDERR_TERMINAL));
        registration = context.registerService(Callable.class,
                new MainThread(new CommandLine(studio, pipelines, inventory, models, System.out, System.err, terminal),
                        args, context.getBundle(0)), props);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The framework unregisters it first when it is stopping.
        }
    }

    /** A named class, not a lambda: the launcher checks by reflection that call() returns Integer. */
    static final class MainThread implements Callable<Integer> {
        private final CommandLine commandLine;
        private final String[] args;
        private final Bundle framework;

        MainThread(CommandLine commandLine, String[] args, Bundle framework) {
            this.commandLine = commandLine;
            this.args = args.clone();
            this.framework = framework;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (args.length > 0 && (args[0].equals("shell") || args[0].equals("serve"))) {
                // The runtime stays up until the framework stops: by the shell's "stop 0", or by SIGTERM, on which
                // the launcher's shutdown hook stops it. Components coming and going (a bundle update rebinding
                // this one) must not end the process.
                while ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                    Thread.sleep(200);
                }
                return 0;
            }
            return commandLine.run(args);
        }
    }
}
