// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A Riffwire runtime inside a JVM that is not Riffwire's own, such as a Spark executor: Felix with the bundle set
 * of riffwire.jar (its launcher.properties names the bundles, their start levels and the framework properties),
 * on the same home folder, so plug-ins, models and pipelines are those of the command line. It stops at start
 * level 1, as a one-shot command does, so neither the HTTP server nor the shell starts. Items are made through
 * the batch bundle's item function, a JDK type that crosses the framework's class loaders unchanged.
 */
final class EmbeddedRuntime implements AutoCloseable {
    private static final String ITEM_FILTER = "(&(" + Constants.OBJECTCLASS + "=java.util.function.Function)"
            + "(riffwire.batch.item=true))";
    private static final long START_TIMEOUT_MILLIS = 120_000;

    private final Framework framework;
    private final ServiceTracker<Object, Object> items;
    private final Path storage;
    private final long startMillis;

    private EmbeddedRuntime(Framework framework, ServiceTracker<Object, Object> items, Path storage, long startMillis) {
        this.framework = framework;
        this.items = items;
        this.storage = storage;
        this.startMillis = startMillis;
    }

    /** Starts a runtime from riffwire.jar on the home folder; soundfont may be null (the runtime's choice). */
    static EmbeddedRuntime start(Path runtimeJar, Path home, String soundfont) throws IOException, BundleException,
            InterruptedException, org.osgi.framework.InvalidSyntaxException {
        long begin = System.nanoTime();
        Properties launch = new Properties();
        List<Path> bundles = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        try (ZipFile jar = new ZipFile(runtimeJar.toFile())) {
            ZipEntry properties = jar.getEntry("launcher.properties");
            if (properties == null) {
                throw new IOException(runtimeJar + " is not a Riffwire runtime jar (no launcher.properties)");
            }
            try (InputStream in = jar.getInputStream(properties)) {
                launch.load(in);
            }
            Path folder = unpacked(jar, runtimeJar, home);
            for (String entry : launch.getProperty("launch.bundles", "").split(",")) {
                if (!entry.isBlank()) {
                    bundles.add(folder.resolve(Path.of(entry.strip()).getFileName()));
                }
            }
            for (String attrs : launch.getProperty("launch.runbundles.attrs", "").split(",(?=[A-Za-z0-9_.-]+;)")) {
                var level = java.util.regex.Pattern.compile("startlevel=(\\d+)").matcher(attrs);
                levels.add(level.find() ? Integer.parseInt(level.group(1)) : 1);
            }
        }
        if (levels.size() != bundles.size()) {
            throw new IOException(runtimeJar + " names " + bundles.size() + " bundles but " + levels.size()
                    + " start levels; rebuild it");
        }
        Map<String, String> config = new HashMap<>();
        launch.stringPropertyNames().stream().filter(k -> !k.startsWith("launch."))
                .forEach(k -> config.put(k, launch.getProperty(k)));
        Path storage = home.resolve("cache").resolve("embedded").resolve(UUID.randomUUID().toString());
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        // The host JVM's URL handlers stay its own (Hadoop's file systems register theirs).
        config.put("felix.service.urlhandlers", "false");
        config.put("riffwire.home", home.toString());
        config.put("felix.cm.dir", home.resolve("config").toString());
        config.put("felix.fileinstall.dir", home.resolve("plugins").toString());
        if (soundfont != null) {
            config.put("riffwire.soundfont", soundfont);
        }
        for (String sub : List.of("config", "conf", "plugins", "models")) {
            Files.createDirectories(home.resolve(sub));
        }
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, EmbeddedRuntime.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            Bundle b = context.installBundle("reference:" + bundles.get(i).toUri());
            b.adapt(BundleStartLevel.class).setStartLevel(levels.get(i));
            installed.add(b);
        }
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        framework.start();
        ServiceTracker<Object, Object> items = new ServiceTracker<>(context, FrameworkUtil.createFilter(ITEM_FILTER), null);
        items.open(true);
        if (items.waitForService(START_TIMEOUT_MILLIS) == null) {
            framework.stop();
            throw new IllegalStateException("the embedded runtime started, but its batch bundle offers no item function"
                    + " within " + START_TIMEOUT_MILLIS / 1000 + " s");
        }
        return new EmbeddedRuntime(framework, items, storage, (System.nanoTime() - begin) / 1_000_000);
    }

    /** How long the start took, for the bench's per-executor cost. */
    long startMillis() {
        return startMillis;
    }

    /** Makes one item: a request line of JSON in, its manifest entry out. */
    @SuppressWarnings("unchecked")
    String make(String request) {
        Object service = items.getService();
        if (service == null) {
            throw new IllegalStateException("the embedded runtime's item function is gone");
        }
        return ((Function<String, String>) service).apply(request);
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        items.close();
        framework.stop();
        framework.waitForStop(30_000);
        delete(storage);
    }

    private static void delete(Path folder) {
        try (var left = Files.walk(folder)) {
            left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException alreadyGone) {
            // nothing to delete
        }
    }

    /**
     * The runtime's bundles as files, unpacked once per build of riffwire.jar into the home's cache (size and
     * modification time name the build), so every executor on the machine installs them by reference.
     */
    private static Path unpacked(ZipFile jar, Path runtimeJar, Path home) throws IOException {
        String key = Files.size(runtimeJar) + "-" + Files.getLastModifiedTime(runtimeJar).toMillis();
        Path folder = home.resolve("cache").resolve("bundles").resolve(key);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path partial = folder.resolveSibling(key + ".part-" + UUID.randomUUID());
        Files.createDirectories(partial);
        for (var e = jar.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (entry.getName().startsWith("jar/") && entry.getName().endsWith(".jar")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, partial.resolve(Path.of(entry.getName()).getFileName()));
                }
            }
        }
        try {
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherExecutorWasFirst) {
            if (!Files.isDirectory(folder)) {
                throw anotherExecutorWasFirst;
            }
            delete(partial);
        }
        return folder;
    }
}
