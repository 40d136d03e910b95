// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

/**
 * A plug-in service: its kind (interpreter, generator, renderer), name, format for renderers, bundle, and its
 * state: the plug-in's own status line, such as the SoundFont a renderer uses or why it cannot run.
 */
public record PluginInfo(String kind, String name, String format, String bundle, String version, String state) {
}
