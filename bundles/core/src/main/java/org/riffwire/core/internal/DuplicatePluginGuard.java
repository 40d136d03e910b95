// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.File;
import java.io.IOException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * Keeps FileInstall's hands off bundles it did not install. A jar dropped into plugins/ that duplicates an
 * installed bundle (a copy of one of the runtime's own) would be taken over by FileInstall as that jar's bundle,
 * and uninstalled, runtime bundle and all, when the jar is deleted. This installer claims such jars before
 * FileInstall's own handler does (a higher ranking) and installs, updates and uninstalls nothing; {@code riffwire
 * plugins} lists the jar as refused, with the bundle it duplicates.
 */
@Component(service = ArtifactInstaller.class)
@ServiceRanking(100)
public final class DuplicatePluginGuard implements ArtifactInstaller {
    private final BundleContext context;

    @Activate
    public DuplicatePluginGuard(BundleContext context) {
        this.context = context;
    }

    @Override
    public boolean canHandle(File artifact) {
        if (!artifact.getName().endsWith(".jar") || !artifact.isFile()) {
            return false;
        }
        try (JarFile jar = new JarFile(artifact)) {
            Manifest manifest = jar.getManifest();
            return manifest != null && PluginFolder.duplicated(context, artifact.toPath(), manifest) != null;
        } catch (IOException | SecurityException e) {
            return false; // FileInstall's handler reports what it cannot read
        }
    }

    @Override
    public void install(File artifact) {
        // Refused: nothing is installed. PluginFolder names the reason in the plug-in listing.
    }

    @Override
    public void update(File artifact) {
        // Still refused.
    }

    @Override
    public void uninstall(File artifact) {
        // It installed nothing, so it uninstalls nothing: the bundle it duplicated stays.
    }
}
