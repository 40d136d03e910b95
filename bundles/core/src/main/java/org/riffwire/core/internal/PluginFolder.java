// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.riffwire.api.Prompt;
import org.riffwire.api.RiffwireHome;
import org.riffwire.core.api.PluginInfo;

/**
 * Says what is wrong with the jars in the plugins folder that did not become running plug-ins: a file that is not
 * a jar, a jar that is not a bundle, or a bundle that cannot resolve, such as one built against another major
 * version of the Riffwire API.
 */
final class PluginFolder {
    // An import of an API package with its lower version bound: org.riffwire.api;version="[2.0,3)".
    private static final Pattern API_IMPORT = Pattern.compile("(org\\.riffwire\\.api[a-z.]*);version=\"\\[([0-9.]+),");

    private PluginFolder() {
    }

    static Path folder(BundleContext context) {
        return RiffwireHome.folder(context.getProperty(RiffwireHome.PROPERTY)).resolve("plugins");
    }

    static List<PluginInfo> problems(BundleContext context) {
        List<PluginInfo> out = new ArrayList<>();
        Path folder = folder(context);
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                String problem = problem(context, jar);
                if (problem != null) {
                    out.add(new PluginInfo("bundle", jar.getFileName().toString(), "", "plugins/" + jar.getFileName(),
                            "?", "unusable: " + problem));
                }
            }
        } catch (IOException e) {
            out.add(new PluginInfo("bundle", "plugins/", "", folder.toString(), "?", "unreadable: " + e.getMessage()));
        }
        return out;
    }

    private static String problem(BundleContext context, Path jar) {
        if (!Files.isRegularFile(jar)) {
            return "not a regular file (a pipe, device, socket or folder named .jar)";
        }
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException e) {
            return "not a readable jar (" + e.getMessage() + ")";
        }
        if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
            return "not an OSGi bundle (its manifest has no Bundle-SymbolicName)";
        }
        Bundle original = duplicated(context, jar, manifest);
        if (original != null) {
            return "refused: it duplicates " + original.getSymbolicName() + " " + original.getVersion()
                    + ", already installed from " + original.getLocation() + "; change its name or version to deploy it";
        }
        String location = jar.toUri().toString();
        for (Bundle b : context.getBundles()) {
            if (!sameFile(b.getLocation(), jar)) {
                continue;
            }
            if (b.getState() != Bundle.INSTALLED) {
                return null;
            }
            // Installed but not resolved. Say why from its manifest, without touching the framework's state.
            return explain(manifest.getMainAttributes().getValue("Import-Package"), apiMajor());
        }
        return "not installed yet (FileInstall installs it within a second)";
    }

    /**
     * The installed bundle a jar in plugins/ duplicates (same symbolic name and version, installed from somewhere
     * else, the runtime's own bundles above all), or null. FileInstall would take such a bundle over as the
     * jar's, and uninstall it when the jar is deleted.
     */
    static Bundle duplicated(BundleContext context, Path jar, Manifest manifest) {
        String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (name == null) {
            return null;
        }
        String symbolicName = name.split(";")[0].trim();
        String versionText = manifest.getMainAttributes().getValue("Bundle-Version");
        Version version;
        try {
            version = versionText == null ? Version.emptyVersion : Version.parseVersion(versionText.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && version.equals(b.getVersion()) && !sameFile(b.getLocation(), jar)) {
                return b;
            }
        }
        return null;
    }

    private static boolean sameFile(String location, Path jar) {
        return location != null && (location.equals(jar.toUri().toString()) || location.endsWith(jar.toAbsolutePath().toString()));
    }

    /** The major version of the API this runtime provides: the version of the bundle exporting it. */
    private static int apiMajor() {
        Bundle api = FrameworkUtil.getBundle(Prompt.class);
        return api == null ? -1 : api.getVersion().getMajor();
    }

    /** Why an installed plug-in does not resolve, from its imports: most often another major API version. */
    static String explain(String imports, int apiMajor) {
        Matcher m = imports == null ? null : API_IMPORT.matcher(imports);
        if (m != null && m.find() && Version.parseVersion(m.group(2)).getMajor() != apiMajor) {
            Version wanted = Version.parseVersion(m.group(2));
            return "built against Riffwire API " + wanted.getMajor() + ".x (it imports " + m.group(1) + " " + wanted
                    + " or later within that major version), which this runtime does not provide; rebuild it against "
                    + "the API of this runtime";
        }
        return "installed but not resolved: a package it imports is not in this runtime (Import-Package: " + imports + ")";
    }
}
