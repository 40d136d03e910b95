// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The web studio's settings (ConfigAdmin PID {@value #PID}); the defaults suit one person's machine. */
@ObjectClassDefinition(name = "Riffwire web studio", description = "HTTP API and page: queue, results, hosts")
@interface HttpSettings {
    String PID = "org.riffwire.http";

    @AttributeDefinition(description = "Generations run at once; 0: one per core")
    int workers() default 0;

    @AttributeDefinition(description = "Generations that may wait for a worker before the API answers 429")
    int queue() default 16;

    @AttributeDefinition(description = "Hours a finished generation's files are kept")
    int resultsMaxAgeHours() default 168;

    @AttributeDefinition(description = "MiB all kept results may take; the oldest go first")
    int resultsMaxMegabytes() default 1024;

    @AttributeDefinition(description = "Host names besides localhost, 127.0.0.1 and ::1 that requests may name "
            + "(the Host header is checked against DNS rebinding)")
    String[] allowedHosts() default {};
}
