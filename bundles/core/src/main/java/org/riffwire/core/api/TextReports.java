// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.riffwire.api.music.PitchClass;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecValue;

/** Plain-text views shared by the shell and the command line, so both print the same thing. */
public final class TextReports {
    private TextReports() {
    }

    /** out/&lt;slug&gt;.mid: where a generation without -o writes. */
    public static Path defaultOutput(String prompt) {
        String slug = prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return Path.of("out", (slug.isEmpty() ? "piece" : slug) + ".mid");
    }

    public static String interpretation(Interpretation interpretation) {
        StringBuilder sb = new StringBuilder();
        interpretation.spec().key().ifPresent(k -> sb.append("key: ").append(k).append('\n'));
        for (SpecValue<?> v : interpretation.spec().values()) {
            Object value = v.field() == SpecField.TONIC ? PitchClass.name((Integer) v.value()) : v.value();
            sb.append(String.format("%-16s %-40s %-9s %s%n", v.field().name(), value,
                    v.strength().name().toLowerCase(Locale.ROOT), v.provenance().describe()));
        }
        return sb.toString();
    }

    public static String plugins(List<PluginInfo> plugins) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %-12s %-7s %-36s %-10s %s%n",
                "KIND", "NAME", "FORMAT", "BUNDLE", "VERSION", "STATE"));
        for (PluginInfo p : plugins) {
            sb.append(String.format("%-12s %-12s %-7s %-36s %-10s %s%n", p.kind(), p.name(), p.format(), p.bundle(),
                    p.version(), p.state()));
        }
        return sb.toString();
    }

    public static String pipelines(List<PipelineInfo> pipelines) {
        StringBuilder sb = new StringBuilder(String.format("%-16s %-28s %-12s %s%n",
                "NAME", "INTERPRETERS", "GENERATOR", "STATE"));
        for (PipelineInfo p : pipelines) {
            sb.append(String.format("%-16s %-28s %-12s %s%n", p.name(), String.join(",", p.interpreters()),
                    p.generator(), p.ready() ? "ready" : "unsatisfied: " + p.problem()));
        }
        return sb.toString();
    }

    public static String generated(GenerationResult result) {
        StringBuilder sb = new StringBuilder();
        result.piece().score().ifPresent(s -> sb.append(String.format("%.1f s, %s, %s, %.0f bpm, %d tracks%n",
                s.lengthSeconds(), s.key(), s.meter(), s.tempoBpm(), s.tracks().size())));
        for (Path file : result.files()) {
            sb.append("wrote ").append(file).append('\n');
        }
        sb.append("seed ").append(result.seed()).append(", ").append(result.millis()).append(" ms\n");
        return sb.toString();
    }
}
