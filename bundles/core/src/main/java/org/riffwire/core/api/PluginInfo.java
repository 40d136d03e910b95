// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

/** A plug-in service: its kind (interpreter, generator, renderer), name, format for renderers, and bundle. */
public record PluginInfo(String kind, String name, String format, String bundle, String version, String state) {
}
