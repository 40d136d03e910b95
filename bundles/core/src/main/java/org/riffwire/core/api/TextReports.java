// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.analysis.PitchFrame;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecValue;

/** Plain-text views shared by the shell and the command line, so both print the same thing. */
public final class TextReports {
    private TextReports() {
    }

    /** out/&lt;slug&gt;.mid: where a generation without -o writes. */
    /** A pipeline's definition, one part a line. */
    public static String pipeline(PipelineDefinition d) {
        return "name          " + d.name() + "\ninterpreters  " + String.join(",", d.interpreters()) + "\ngenerator     "
                + d.generator() + "\nrenderers     " + (d.renderers().isEmpty() ? "any" : String.join(",", d.renderers()))
                + "\nsettings      " + (d.settings().isEmpty() ? "none" : d.settings().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", ")))
                + "\n";
    }

    /**
     * The resolved spec as a table: one row a value, with its strength and the words it was read from. Numbers are
     * rounded for reading (a tempo of 135, a valence of -0.19) and a tonic is spelled as the key spells it (B flat
     * minor's tonic is Bb, not A#).
     */
    public static String interpretation(Interpretation interpretation) {
        java.util.Optional<org.riffwire.api.music.Key> key = interpretation.spec().key();
        List<String[]> rows = new java.util.ArrayList<>();
        key.ifPresent(k -> rows.add(new String[] {"key", k.toString(), "", "the values below"}));
        for (SpecValue<?> v : interpretation.spec().values()) {
            rows.add(new String[] {v.field().name(), display(v, key), v.strength().name().toLowerCase(Locale.ROOT),
                v.provenance().describe()});
        }
        int width = Math.min(48, rows.stream().mapToInt(r -> r[1].length()).max().orElse(5));
        String format = "%-16s %-" + Math.max(5, width) + "s %-9s %s%n";
        StringBuilder sb = new StringBuilder(String.format(format, "FIELD", "VALUE", "STRENGTH", "READ FROM"));
        for (String[] r : rows) {
            // A value longer than its column (four instruments) goes on over lines of its own, so that the
            // strength and provenance columns stay aligned.
            List<String> lines = wrap(r[1], Math.max(5, width));
            sb.append(String.format(format, r[0], lines.get(0), r[2], r[3]));
            for (String more : lines.subList(1, lines.size())) {
                sb.append(String.format(format, "", more, "", "").stripTrailing()).append(System.lineSeparator());
            }
        }
        picture(interpretation, sb);
        return sb.toString();
    }

    /** A list value cut after its commas into lines of at most width characters (a longer item keeps its line). */
    static List<String> wrap(String value, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : value.split("(?<=, )")) {
            if (line.length() > 0 && line.length() + item.stripTrailing().length() > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(item);
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    private static String display(SpecValue<?> v, java.util.Optional<org.riffwire.api.music.Key> key) {
        if (v.field() == SpecField.TONIC) {
            int tonic = (Integer) v.value();
            // As the key spells it; a tonic with no key yet is named as its major key is usually written.
            boolean flats = key.filter(k -> k.tonic() == tonic).map(org.riffwire.api.music.Key::prefersFlats)
                    .orElse(tonic == 1 || tonic == 3 || tonic == 8 || tonic == 10);
            return PitchClass.name(tonic, flats);
        }
        return v.value() instanceof Double d ? number(d) : String.valueOf(v.value());
    }

    /** What the image interpreter saw, from its readings: the description it read for style, the main colours. */
    private static void picture(Interpretation interpretation, StringBuilder sb) {
        for (org.riffwire.api.spec.SpecPatch patch : interpretation.patches()) {
            List<String> colours = new java.util.ArrayList<>();
            List<String> tags = new java.util.ArrayList<>();
            for (org.riffwire.api.spec.Reading r : patch.readings()) {
                switch (r.kind()) {
                    case "image description" -> sb.append(String.format("%-16s %s (%s)%n", "picture", r.label(), r.interpreter()));
                    case "image colour" -> colours.add(String.format(Locale.ROOT, "%s %.0f%%", r.label(), 100 * r.value()));
                    case "image tag" -> tags.add(String.format(Locale.ROOT, "%s %.2f", r.label(), r.value()));
                    default -> { }
                }
            }
            if (!colours.isEmpty()) {
                sb.append(String.format("%-16s %s%n", "colours", String.join(", ", colours)));
            }
            if (!tags.isEmpty()) {
                sb.append(String.format("%-16s %s%n", "picture tags", String.join(", ", tags.subList(0, Math.min(3, tags.size())))));
            }
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    public static String plugins(List<PluginInfo> plugins) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %-12s %-7s %-36s %-10s %s%n",
                "KIND", "NAME", "DETAIL", "BUNDLE", "VERSION", "STATE"));
        for (PluginInfo p : plugins) {
            sb.append(String.format("%-12s %-12s %-7s %-36s %-10s %s%n", p.kind(), p.name(), p.detail(), p.bundle(),
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
        String melody = result.piece().metadata().get("melody");
        result.piece().score().ifPresent(s -> sb.append(String.format("%.1f s, %s, %s, %.0f bpm, %d tracks%s%n",
                s.lengthSeconds(), s.key(), s.meter(), s.tempoBpm(), s.tracks().size(),
                melody == null ? "" : ", melody by " + melody)));
        // How a generator made its sound (model, steps, strength, draws): what a user tunes next.
        result.piece().audio().ifPresent(audio -> {
            String how = result.piece().metadata().entrySet().stream()
                    .filter(e -> !e.getKey().equals("generator") && !e.getKey().equals("seed"))
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
            sb.append(String.format("%.2f s of sound%s%n", audio.seconds(), how.isEmpty() ? "" : ": " + how));
        });
        for (Path file : result.files()) {
            sb.append("wrote ").append(file).append('\n');
        }
        sb.append("seed ").append(result.seed()).append(", ").append(result.millis()).append(" ms\n");
        return sb.toString();
    }

    public static String adherence(AdherenceReport report) {
        StringBuilder sb = new StringBuilder(String.format("%-6s %-5s %-6s %-30s %-44s %s%n",
                "RESULT", "KIND", "BY", "CONSTRAINT", "EXPECTED", "MEASURED"));
        for (ConstraintCheck c : report.checks()) {
            sb.append(String.format("%-6s %-5s %-6s %-30s %-44s %s%n", c.passed() ? "pass" : "FAIL",
                    c.hard() ? "hard" : "soft", c.method(), c.constraint(), c.expected(), c.measured()));
        }
        sb.append(report.passed() ? "verified: every hard constraint holds\n"
                : "NOT verified: " + report.failures().size() + " hard constraint(s) fail\n");
        return sb.toString();
    }

    /** Dotted-quarter beats are felt between about 40 and 150 a minute; a faster pulse is a subdivision of them. */
    private static final double FASTEST_DOTTED_BEAT = 150;

    /**
     * What a heard pulse means if the piece is in a compound meter, where the beat is a dotted quarter and the
     * written tempo (quarter notes a minute, as MIDI and Riffwire state it) is one and a half times the beat: a
     * 6/8 jig written at 165 bpm is heard as 110 beats a minute, or as a 220 pulse of half beats.
     */
    static String compoundReading(double pulse) {
        double dotted = pulse;
        while (dotted > FASTEST_DOTTED_BEAT) {
            dotted /= 2;
        }
        return String.format(Locale.ROOT, "           in 6/8, 9/8 or 12/8: %.0f dotted-quarter beats a minute, written as %.0f bpm "
                + "(quarter notes)%n", dotted, dotted * 1.5);
    }

    public static String analysis(AudioAnalysis a) {
        long voiced = a.pitchTrack().stream().filter(PitchFrame::isVoiced).count();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "duration   %.2f s at %d Hz%n", a.seconds(), a.sampleRate()));
        sb.append("tempo      ").append(a.tempoBpm().map(t -> String.format(Locale.ROOT, "%.1f bpm", t)).orElse("no steady beat"))
                .append(String.format(Locale.ROOT, " (%d beats, %d onsets)%n", a.beats().size(), a.onsets().size()));
        a.tempoBpm().ifPresent(t -> sb.append(compoundReading(t)));
        sb.append(String.format(Locale.ROOT, "key        %s (r=%.2f)%n", a.estimatedKey(), a.keyCorrelation()));
        sb.append(String.format(Locale.ROOT, "pitch      %d of %d frames voiced%s%n", voiced, a.pitchTrack().size(),
                voiced == 0 ? "" : ", median " + String.format(Locale.ROOT, "%.1f Hz", medianVoiced(a))));
        sb.append(String.format(Locale.ROOT, "level      peak %.1f dBFS, rms %.1f dBFS%s%n", a.peakDbfs(), a.rmsDbfs(),
                a.clipped() ? ", CLIPPED" : ""));
        sb.append("pitch classes ");
        double max = a.pitchClassProfile().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int pc = 0; pc < 12; pc++) {
            sb.append(String.format(Locale.ROOT, "%s %.2f  ", PitchClass.name(pc), max == 0 ? 0 : a.pitchClassProfile().get(pc) / max));
        }
        return sb.append('\n').toString();
    }

    private static double medianVoiced(AudioAnalysis a) {
        double[] hz = a.pitchTrack().stream().filter(PitchFrame::isVoiced).mapToDouble(PitchFrame::hertz).sorted().toArray();
        return hz[hz.length / 2];
    }
}
