// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.core.api.Studio;

/**
 * Creates the "default" pipeline's configuration when none exists, so a fresh runtime can generate at once.
 * It never overwrites: once an admin edits the default pipeline, ConfigAdmin keeps their version.
 */
@Component(immediate = true)
public final class DefaultPipelineProvisioner {

    @Activate
    public DefaultPipelineProvisioner(@Reference ConfigurationAdmin configAdmin) throws IOException {
        Configuration config = configAdmin.getFactoryConfiguration(PipelineProperties.FACTORY_PID,
                Studio.DEFAULT_PIPELINE, "?");
        if (config.getProperties() == null) {
            config.update(PipelineProperties.of(Studio.DEFAULT_PIPELINE, Studio.DEFAULT_INTERPRETERS, Studio.DEFAULT_GENERATOR));
        }
    }
}
