// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.riffwire.api.RiffwireHome;
import org.riffwire.onnx.api.ModelDescriptor;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OrtEnvironment;

/**
 * Offers every ONNX model as an {@link OnnxModel} service: models packed in bundles (the folder named by the
 * bundle's {@value #MODELS_HEADER} header, a descriptor NAME.json beside each NAME.onnx) and models in the models folder
 * ({@code $RIFFWIRE_HOME/models}, a {@code NAME.onnx} with a descriptor {@code NAME.json} beside it). One ONNX
 * Runtime environment serves them all; it is created with the first session, not at start-up.
 */
@Component(immediate = true, service = ModelRegistry.class)
public final class ModelRegistry {
    static final String MODELS_HEADER = "Riffwire-Models";

    /** How often the models folder is looked at for new, changed and removed models. */
    static final long POLL_MILLIS = 500;

    private final BundleContext context;
    private final BundleTracker<List<Registered>> bundles;
    private final Path folder;
    /** Models from the folder, by descriptor file, with the stamp (size and time) of the files they came from. */
    private final Map<Path, FolderModel> folderModels = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean running = true;

    private record FolderModel(String stamp, Registered registered) {
    }

    /** How long deactivation waits for the watcher to finish a scan in progress. */
    private static final long WATCHER_JOIN_MILLIS = 15_000;
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private OrtEnvironment environment;

    private record Registered(LoadedModel model, ServiceRegistration<OnnxModel> registration) {
    }

    @Activate
    public ModelRegistry(BundleContext context) {
        this.context = context;
        this.bundles = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public List<Registered> addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(MODELS_HEADER);
                return folder == null ? null : registerBundleModels(bundle, folder);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<Registered> models) {
                models.forEach(ModelRegistry::unregister);
            }
        };
        this.folder = modelsFolder(context);
        bundles.open();
        try {
            scanFolder();
        } catch (RuntimeException e) {
            bundles.close();
            throw e;
        }
        this.watcher = new Thread(this::watch, "riffwire-models-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Deactivate
    void deactivate() {
        running = false;
        watcher.interrupt();
        try {
            watcher.join(WATCHER_JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bundles.close();
        synchronized (folderModels) {
            folderModels.values().forEach(m -> unregister(m.registered()));
            folderModels.clear();
        }
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
                scanFolder();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                problems.put(folder.toString(), String.valueOf(e.getMessage()));
            }
        }
    }

    private synchronized OrtEnvironment environment() {
        if (environment == null) {
            Path natives = NativeLibraries.prepare(RiffwireHome.folder(context.getProperty(RiffwireHome.PROPERTY))
                    .resolve("cache").resolve("onnxruntime"));
            try {
                environment = OrtEnvironment.getEnvironment();
            } finally {
                NativeLibraries.release(natives);
            }
        }
        return environment;
    }

    static Path modelsFolder(BundleContext context) {
        return RiffwireHome.folder(context.getProperty(RiffwireHome.PROPERTY)).resolve("models");
    }

    private List<Registered> registerBundleModels(Bundle bundle, String folder) {
        List<Registered> out = new ArrayList<>();
        Enumeration<URL> descriptors = bundle.findEntries(folder, "*.json", false);
        for (URL url : descriptors == null ? Collections.<URL>emptyList() : Collections.list(descriptors)) {
            String path = url.getPath();
            if (bundle.getEntry(path.substring(0, path.length() - ".json".length()) + ".onnx") == null) {
                continue; // not a model descriptor: some other file beside the models, such as a tokenizer
            }
            String source = "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion();
            try (InputStream in = url.openStream()) {
                Descriptors.Parsed parsed = Descriptors.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
                ModelSource files = new ModelSource() {
                    @Override
                    public byte[] model(String part) throws IOException {
                        try (InputStream in = open(parsed.file())) {
                            return in.readAllBytes();
                        }
                    }

                    @Override
                    public InputStream open(String fileName) throws IOException {
                        URL entry = bundle.getEntry(folder + "/" + fileName);
                        if (entry == null) {
                            throw new IOException(source + " has no " + folder + "/" + fileName);
                        }
                        return entry.openStream();
                    }
                };
                out.add(register(parsed.descriptor(), files, parsed.session()));
            } catch (IOException | IllegalArgumentException e) {
                problems.put(url.toString(), e.getMessage());
            }
        }
        return out;
    }

    /**
     * Brings the folder's models up to date: a new descriptor registers a model, a changed descriptor or model
     * file registers the new version before the old one goes (so consumers always find one), a removed one
     * unregisters it.
     */
    private void scanFolder() {
        List<Registered> withdrawn = new ArrayList<>();
        synchronized (folderModels) {
            if (!running) {
                return;
            }
            java.util.Set<Path> seen = new java.util.HashSet<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    // A descriptor is NAME.json beside NAME.onnx; other JSON files (tokenizers) are resources.
                    for (Path json : files.filter(f -> f.toString().endsWith(".json"))
                            .filter(f -> Files.exists(onnxBeside(f))).sorted().toList()) {
                        seen.add(json);
                        String stamp = stamp(json) + "|" + stamp(onnxBeside(json));
                        FolderModel current = folderModels.get(json);
                        if (current != null && current.stamp().equals(stamp)) {
                            continue;
                        }
                        try {
                            // A FIFO or device named .json or .onnx would block the scan for good.
                            if (!Files.isRegularFile(json) || !Files.isRegularFile(onnxBeside(json))) {
                                throw new IOException("not a regular file (a pipe, device or folder); not read");
                            }
                            if (Files.size(json) > Descriptors.MAX_BYTES) {
                                throw new IOException(json.getFileName() + " is " + Files.size(json) / 1024
                                        + " KiB; a descriptor has at most " + Descriptors.MAX_BYTES / 1024 + " KiB");
                            }
                            Descriptors.Parsed parsed = Descriptors.parse(Files.readString(json), "folder " + folder);
                            Registered fresh = register(parsed.descriptor(), folderSource(parsed.file()), parsed.session());
                            folderModels.put(json, new FolderModel(stamp, fresh));
                            problems.remove(json.toString());
                            if (current != null) {
                                withdrawn.add(current.registered());
                            }
                        } catch (IOException | IllegalArgumentException e) {
                            problems.put(json.toString(), e.getMessage());
                        }
                    }
                } catch (IOException e) {
                    problems.put(folder.toString(), e.getMessage());
                }
                scanExports(seen, withdrawn);
            }
            for (Path gone : new ArrayList<>(folderModels.keySet())) {
                if (!seen.contains(gone)) {
                    withdrawn.add(folderModels.remove(gone).registered());
                }
            }
            problems.keySet().removeIf(p -> p.startsWith(folder.toString()) && !p.equals(folder.toString())
                    && seen.stream().noneMatch(s -> s.toString().equals(p)));
        }
        // Closing waits for calls in flight: outside the lock, so listings and new scans are not held up.
        withdrawn.forEach(ModelRegistry::unregister);
    }

    /** The stamp each changed export had at the last scan: it registers once two scans agree. */
    private final Map<Path, String> settling = new ConcurrentHashMap<>();
    private boolean firstScan = true;

    /**
     * Folders holding a Stable Diffusion export, each one model; keyed by their model_index.json. A changed export
     * is taken only once its files stayed the same for a whole poll: a copy still writing gigabytes of weights
     * looks whole by its names before its data is there.
     */
    private void scanExports(java.util.Set<Path> seen, List<Registered> withdrawn) {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path export : entries.filter(StableDiffusionExport::isExport).sorted().toList()) {
                Path index = export.resolve(StableDiffusionExport.INDEX);
                seen.add(index);
                String stamp = StableDiffusionExport.stamp(export);
                FolderModel current = folderModels.get(index);
                if (current != null && current.stamp().equals(stamp)) {
                    settling.remove(index);
                    continue;
                }
                if (!firstScan && !stamp.equals(settling.put(index, stamp))) {
                    continue;
                }
                settling.remove(index);
                try {
                    StableDiffusionExport.Registration r = StableDiffusionExport.read(export);
                    Registered fresh = register(r.descriptor(), r.source(), SessionSettings.DEFAULT);
                    folderModels.put(index, new FolderModel(stamp, fresh));
                    problems.remove(index.toString());
                    if (current != null) {
                        withdrawn.add(current.registered());
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // An export being copied in looks broken until the copy ends: a good version already
                    // registered serves on meanwhile, and the listing says what is wrong with the new files.
                    problems.put(index.toString(), "model " + export.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.put(folder.toString(), e.getMessage());
        }
        firstScan = false;
    }

    private static Path onnxBeside(Path json) {
        String name = json.getFileName().toString();
        return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".onnx");
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private ModelSource folderSource(String modelFile) {
        return new ModelSource() {
            @Override
            public java.util.Optional<Path> file(String part) {
                return java.util.Optional.of(folder.resolve(modelFile));
            }

            @Override
            public byte[] model(String part) throws IOException {
                return Files.readAllBytes(folder.resolve(modelFile));
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                return Files.newInputStream(folder.resolve(fileName));
            }
        };
    }

    private Registered register(ModelDescriptor descriptor, ModelSource source, SessionSettings session) {
        LoadedModel model = new LoadedModel(descriptor, source, session, this::environment);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("riffwire.model.name", descriptor.name());
        props.put("riffwire.model.version", descriptor.version());
        props.put("riffwire.model.kind", descriptor.kind());
        props.put("riffwire.model.source", descriptor.source());
        return new Registered(model, context.registerService(OnnxModel.class, model, props));
    }

    private static void unregister(Registered r) {
        try {
            r.registration().unregister();
        } catch (IllegalStateException alreadyGone) {
            // The framework is stopping and has unregistered it.
        }
        r.model().close();
    }

    /** Descriptors that could not be read, by location, with the reason. */
    Map<String, String> problems() {
        return Map.copyOf(problems);
    }
}
