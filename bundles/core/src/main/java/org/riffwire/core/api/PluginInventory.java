// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The plug-ins a runtime has: every interpreter, generator and renderer, and the jars that failed to become one. */
@ProviderType
public interface PluginInventory {
    /** Sorted by kind, then name. */
    List<PluginInfo> plugins();
}
