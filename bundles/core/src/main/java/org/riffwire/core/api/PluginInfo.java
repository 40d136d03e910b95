// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

/**
 * A plug-in service: its kind (interpreter, generator, renderer), name, a detail (the format a renderer writes,
 * what a generator produces: score, audio or both), bundle, and its state: the plug-in's own status line, such as
 * the SoundFont a renderer uses or why it cannot run.
 */
public record PluginInfo(String kind, String name, String detail, String bundle, String version, String state) {
}
