// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of each file the studio serves, by extension. */
final class MediaTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("mid", "audio/midi"),
            Map.entry("wav", "audio/wav"),
            Map.entry("abc", "text/vnd.abc;charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("musicxml", "application/vnd.recordare.musicxml+xml"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("md", "text/plain;charset=utf-8"));

    private MediaTypes() {
    }

    static String of(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }
}
