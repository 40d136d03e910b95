// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings as people type them after {@code --set}: {@code key=value} pairs separated by commas. A comma splits
 * only where a new {@code key=} follows, so a value may hold commas ({@code to_prompt=lo-fi beat, rain}).
 */
public final class SettingsText {
    private static final Pattern PAIRS = Pattern.compile(",(?=\\s*[A-Za-z_][A-Za-z0-9_.-]*\\s*=)");

    private SettingsText() {
    }

    /** @throws IllegalArgumentException naming the part that is not key=value */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : PAIRS.split(text)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("a setting is key=value, got '" + pair.strip() + "'");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }
}
