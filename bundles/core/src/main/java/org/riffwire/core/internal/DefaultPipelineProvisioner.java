// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.Studio;

/**
 * Creates the pipelines the runtime ships with, so a fresh runtime can generate at once: {@code default}
 * (symbolic), {@code diffusion} (text to sound by Riffwire's own model), {@code hybrid} (the symbolic score,
 * sounded and reshaped by that model) and {@code sonify} (a picture heard as a spectrogram). It never overwrites: once an admin edits one, ConfigAdmin keeps their
 * version. The default pipeline comes back whenever it is missing; the others are created once, so a deleted
 * one stays deleted (the names created are kept in their own configuration).
 */
@Component(immediate = true)
public final class DefaultPipelineProvisioner {
    static final String SHIPPED_PID = "org.riffwire.pipelines.shipped";
    static final List<PipelineDefinition> SHIPPED = List.of(
            new PipelineDefinition("diffusion", Studio.DEFAULT_INTERPRETERS, "mel-diffusion", List.of(), Map.of()),
            new PipelineDefinition("hybrid", Studio.DEFAULT_INTERPRETERS, "hybrid", List.of(), Map.of()),
            new PipelineDefinition("sonify", List.of("keyword", "image"), "spectrogram", List.of(), Map.of()));
    /**
     * The interpreters the shipped pipelines had in earlier runtimes: before the image interpreter (API 2.0), and
     * before the pattern interpreter (API 2.2).
     */
    static final List<List<String>> EARLIER_INTERPRETERS = List.of(List.of("keyword", "notes", "semantic"),
            List.of("keyword", "notes", "semantic", "image"));

    @Activate
    public DefaultPipelineProvisioner(@Reference ConfigurationAdmin configAdmin) throws IOException {
        createIfAbsent(configAdmin, new PipelineDefinition(Studio.DEFAULT_PIPELINE, Studio.DEFAULT_INTERPRETERS,
                Studio.DEFAULT_GENERATOR, List.of(), Map.of()));
        Configuration shipped = configAdmin.getConfiguration(SHIPPED_PID, "?");
        Dictionary<String, Object> record = shipped.getProperties();
        List<String> done = new ArrayList<>(record == null ? List.of() : PipelineProperties.names(record.get("created")));
        boolean changed = false;
        for (PipelineDefinition definition : SHIPPED) {
            if (!done.contains(definition.name())) {
                createIfAbsent(configAdmin, definition);
                done.add(definition.name());
                changed = true;
            }
        }
        // Once per home and release: pipelines shipped with an earlier interpreter list gain the new ones.
        String current = String.join(",", Studio.DEFAULT_INTERPRETERS);
        boolean upgraded = record != null && current.equals(String.valueOf(record.get("interpreters")));
        if (!upgraded) {
            upgradeInterpreters(configAdmin, Studio.DEFAULT_PIPELINE);
            for (PipelineDefinition definition : SHIPPED) {
                upgradeInterpreters(configAdmin, definition.name());
            }
        }
        if (changed || !upgraded) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("created", done.toArray(new String[0]));
            properties.put("interpreters", current);
            shipped.update(properties);
        }
    }

    private static void createIfAbsent(ConfigurationAdmin configAdmin, PipelineDefinition definition) throws IOException {
        Configuration config = configAdmin.getFactoryConfiguration(PipelineProperties.FACTORY_PID, definition.name(), "?");
        if (config.getProperties() == null) {
            config.update(PipelineProperties.of(definition));
        }
    }

    /**
     * A shipped pipeline that still holds exactly the interpreters an earlier runtime shipped gains today's (the
     * image and pattern interpreters), so an existing home reads pictures and patterns too; any other edit, and a
     * deletion, is kept. Done once per home and release, so an admin who later takes one out keeps it out.
     */
    private static void upgradeInterpreters(ConfigurationAdmin configAdmin, String name) throws IOException {
        Configuration config = configAdmin.getFactoryConfiguration(PipelineProperties.FACTORY_PID, name, "?");
        Dictionary<String, Object> stored = config.getProperties();
        if (stored == null || !EARLIER_INTERPRETERS.contains(PipelineProperties.names(stored.get("interpreters")))) {
            return;
        }
        Hashtable<String, Object> derived = PipelineProperties.of(name, Studio.DEFAULT_INTERPRETERS, String.valueOf(stored.get("generator")));
        for (String key : List.of("interpreters", "interpreters.target", "interpreters.cardinality.minimum")) {
            stored.put(key, derived.get(key));
        }
        config.update(stored);
    }
}
