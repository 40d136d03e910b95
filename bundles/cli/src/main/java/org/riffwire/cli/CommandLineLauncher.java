// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.batch.api.BatchService;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;
import org.riffwire.core.api.WebStudio;
import org.osgi.util.tracker.ServiceTracker;
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
    /** Set by the riffwire script for a runtime that runs one command and stops. */
    static final String ONE_COMMAND = "riffwire.one.command";
    /**
     * Commands whose work is done, their files written and closed, when they return: a one-command runtime ends
     * right after them instead of stopping every bundle in order first (about 0.1 s of a cold generate), since
     * nothing the stop would save outlives the process. Commands that change pipelines or models are not among
     * them: they end with the framework's orderly stop.
     */
    static final Set<String> ENDS_AT_ONCE = Set.of("generate", "interpret", "analyze");

    private final ServiceRegistration<?> registration;

    @Activate
    public CommandLineLauncher(BundleContext context, @Reference Studio studio, @Reference PipelineRegistry pipelines,
            @Reference PluginInventory inventory, @Reference ModelInventory models, @Reference BatchService batches,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher) {
        String[] args = (String[]) launcher.get("launcher.arguments");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("main.thread", Boolean.TRUE);
        // The riffwire script says whether stderr is a terminal: progress lines go there, and only there.
        boolean terminal = Boolean.parseBoolean(context.getProperty(STDERR_TERMINAL));
        registration = context.registerService(Callable.class,
                new MainThread(new CommandLine(studio, pipelines, inventory, models, batches, System.out, System.err, terminal),
                        args, context.getBundle(0), context, Boolean.parseBoolean(context.getProperty(ONE_COMMAND))),
                props);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The framework unregisters it first when it is stopping.
        }
    }

    /** How long serve waits for the web studio to answer before it gives up. */
    static final long SERVE_START_SECONDS = 30;
    /** How long a SIGTERM'd server may take to stop its bundles before the process ends anyway. */
    static final long STOP_SECONDS = 30;

    /** A named class, not a lambda: the launcher checks by reflection that call() returns Integer. */
    static final class MainThread implements Callable<Integer> {
        private final CommandLine commandLine;
        private final String[] args;
        private final Bundle framework;
        private final BundleContext context;
        private final boolean oneCommand;

        MainThread(CommandLine commandLine, String[] args, Bundle framework, BundleContext context,
                boolean oneCommand) {
            this.commandLine = commandLine;
            this.args = args.clone();
            this.framework = framework;
            this.context = context;
            this.oneCommand = oneCommand;
        }

        /**
         * Waits for the web studio, prints its address (the ready line) and serves until SIGTERM or "stop 0". On
         * SIGTERM the framework stops, which lets running generations finish or cancels them; then the process
         * exits 0, a clean stop, not 143.
         */
        private int serve() throws InterruptedException {
            ServiceTracker<WebStudio, WebStudio> tracker = new ServiceTracker<>(context, WebStudio.class, null);
            tracker.open();
            try {
                WebStudio studio = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVE_START_SECONDS));
                if (studio == null) {
                    System.err.println("riffwire: the web server did not start within " + SERVE_START_SECONDS
                            + " s; is the port in use? (see the messages above)");
                    return CommandLine.INTERNAL_ERROR;
                }
                System.out.println(studio.address());
                System.out.flush();
            } finally {
                tracker.close();
            }
            exitCleanlyOnShutdown();
            awaitStop();
            return 0;
        }

        /**
         * The launcher does not stop the framework on SIGTERM, and it ends the process with its own "stopped"
         * status (117) when the framework stops under a running main: this hook stops every bundle in order (the
         * web studio finishing or cancelling its generations), then ends the process with 0, the status of a
         * clean stop. It runs on SIGTERM, and when the shell's exit, quit or end of input stops the framework.
         */
        private void exitCleanlyOnShutdown() {
            Thread exitCleanly = new Thread(() -> {
                try {
                    framework.stop();
                    ((Framework) framework).waitForStop(STOP_SECONDS * 1000);
                } catch (BundleException | IllegalStateException e) {
                    System.err.println("riffwire: stopping: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(0);
            }, "riffwire-exit");
            Runtime.getRuntime().addShutdownHook(exitCleanly);
        }

        /**
         * The runtime stays up until the framework stops: by the shell's "stop 0", or by SIGTERM, on which the
         * launcher's shutdown hook stops it. Components coming and going (a bundle update rebinding this one) must
         * not end the process.
         */
        private void awaitStop() throws InterruptedException {
            while ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                Thread.sleep(200);
            }
        }

        @Override
        public Integer call() throws InterruptedException {
            boolean help = List.of(args).contains("--help") || List.of(args).contains("-h");
            if (args.length > 0 && args[0].equals("serve") && !help) {
                return serve();
            }
            if (args.length > 0 && args[0].equals("shell") && !help) {
                exitCleanlyOnShutdown();
                awaitStop();
                return 0;
            }
            int code = commandLine.run(args);
            if (oneCommand && args.length > 0 && ENDS_AT_ONCE.contains(args[0])) {
                System.out.flush();
                System.err.flush();
                Runtime.getRuntime().halt(code);
            }
            return code;
        }
    }
}
