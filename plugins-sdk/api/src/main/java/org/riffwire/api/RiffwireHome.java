// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.nio.file.Path;

/**
 * Where a runtime keeps what outlives one run: the folder named by the {@value #PROPERTY} property (the
 * riffwire script sets it from $RIFFWIRE_HOME), else {@code ~/.riffwire}. Plug-ins that keep caches or read
 * user files resolve them here.
 */
public final class RiffwireHome {
    /** The framework or system property naming the home folder. */
    public static final String PROPERTY = "riffwire.home";

    private RiffwireHome() {
    }

    /** @param property the value of {@value #PROPERTY}, or null */
    public static Path folder(String property) {
        return property != null && !property.isBlank() ? Path.of(property)
                : Path.of(System.getProperty("user.home"), ".riffwire");
    }
}
