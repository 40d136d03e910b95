// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Lays riffwire.jar out as files, once per build, so that a run starts from them instead of from the jar.
 *
 * <p>Started from the executable jar, the bnd launcher copies every embedded bundle (45 MB, the models included)
 * into a fresh Felix storage on each run: about 0.4 s of a 2 s cold start on two cores. Laid out as files, the
 * same launcher installs each bundle by reference ({@code reference:file:}), which copies nothing. It writes:
 * <ul>
 * <li>{@code jar/}: the bundles, the framework and the launcher, as the executable jar holds them;</li>
 * <li>{@code all.properties}: the jar's launcher properties with the bundles as absolute paths, for the shell and
 * the server;</li>
 * <li>{@code command.properties}: the same with only the bundles of start level 1, for one-shot commands, which
 * stop at that level: the HTTP stack (levels 3 to 5) and the console (10) would be installed and never
 * started;</li>
 * <li>{@code classpath} and {@code java-options}: the launcher's class path and the jar manifest's
 * {@code Add-Exports} as JVM options, which {@code java -jar} would have read from the manifest.</li>
 * </ul>
 *
 * <p>Usage: {@code java LaunchLayout.java RIFFWIRE_JAR FOLDER FINAL_FOLDER}. It writes into FOLDER, naming files by
 * FINAL_FOLDER, where the caller moves FOLDER once this program succeeds (so a half-written layout is never used).
 */
public final class LaunchLayout {
    private static final Pattern START_LEVEL = Pattern.compile("startlevel=(\\d+)");

    private LaunchLayout() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java LaunchLayout.java RIFFWIRE_JAR FOLDER FINAL_FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[1]);
        Path finalFolder = Path.of(args[2]).toAbsolutePath();
        Properties launch = new Properties();
        Manifest manifest;
        try (JarFile jar = new JarFile(args[0])) {
            manifest = jar.getManifest();
            ZipEntry properties = jar.getEntry("launcher.properties");
            if (manifest == null || properties == null) {
                throw new IOException(args[0] + " is not a bnd executable jar (no manifest or launcher.properties)");
            }
            try (InputStream in = jar.getInputStream(properties)) {
                launch.load(in);
            }
            Files.createDirectories(folder.resolve("jar"));
            for (var entries = jar.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("jar/") && name.endsWith(".jar") && name.indexOf('/', 4) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, folder.resolve(name));
                    }
                }
            }
        }

        List<String> bundles = split(launch.getProperty("launch.bundles", ""));
        List<String> attributes = split(launch.getProperty("launch.runbundles.attrs", ""));
        if (bundles.size() != attributes.size()) {
            throw new IOException("launcher.properties names " + bundles.size() + " bundles but " + attributes.size()
                    + " bundle attributes");
        }
        List<String> paths = new ArrayList<>();
        List<String> levelOneBundles = new ArrayList<>();
        List<String> levelOneAttributes = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            String path = finalFolder.resolve(bundles.get(i)).toString();
            if (path.contains(",")) {
                // The launcher splits its bundle list at commas.
                throw new IOException("a path with a comma cannot name a bundle for the launcher: " + path);
            }
            paths.add(path);
            Matcher level = START_LEVEL.matcher(attributes.get(i));
            if (!level.find() || level.group(1).equals("1")) {
                levelOneBundles.add(path);
                levelOneAttributes.add(attributes.get(i));
            }
        }
        launch.setProperty("launch.embedded", "false");
        launch.setProperty("launch.bundles", String.join(",", paths));
        store(launch, folder.resolve("all.properties"), "every bundle: the shell and the server");
        launch.setProperty("launch.bundles", String.join(",", levelOneBundles));
        launch.setProperty("launch.runbundles.attrs", String.join(",", levelOneAttributes));
        store(launch, folder.resolve("command.properties"), "the bundles of start level 1: one-shot commands");

        Attributes main = manifest.getMainAttributes();
        List<String> classpath = new ArrayList<>();
        for (String entry : split(main.getValue("Embedded-Runpath"))) {
            classpath.add(finalFolder.resolve(entry).toString());
        }
        Files.writeString(folder.resolve("classpath"), String.join(":", classpath) + "\n");
        StringBuilder options = new StringBuilder();
        for (String export : split(Objects.toString(main.getValue("Add-Exports"), "").replace(' ', ','))) {
            options.append("--add-exports=").append(export).append("=ALL-UNNAMED\n");
        }
        Files.writeString(folder.resolve("java-options"), options.toString());
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    private static void store(Properties properties, Path file, String comment) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Laid out from riffwire.jar by runtime/launch/LaunchLayout.java: " + comment);
        }
    }
}
