// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.core.api.AnalysisJson;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.SpecJson;
import org.riffwire.core.api.Studio;
import org.riffwire.core.api.TextReports;

/**
 * Gogo commands in scope {@code riff}. They mirror the command line: {@code riffwire generate …} in a terminal is
 * {@code riff:generate …} in the shell. Results are returned as text for the shell to print.
 */
@Component(service = RiffCommands.class, property = {
        "osgi.command.scope=riff",
        "osgi.command.function=generate",
        "osgi.command.function=interpret",
        "osgi.command.function=plugins",
        "osgi.command.function=analyze",
        "osgi.command.function=pipelines",
        "osgi.command.function=pipeline"})
public final class RiffCommands {
    private final Studio studio;

    @Activate
    public RiffCommands(@Reference Studio studio) {
        this.studio = studio;
    }

    @Descriptor("generate music from a prompt and write it to files")
    public String generate(
            @Descriptor("random seed (default: derived from the prompt)")
            @Parameter(names = {"-s", "--seed"}, absentValue = "") String seed,
            @Descriptor("pipeline name")
            @Parameter(names = {"-p", "--pipeline"}, absentValue = Studio.DEFAULT_PIPELINE) String pipeline,
            @Descriptor("output files, comma separated; each extension picks a format (default out/<prompt>.mid)")
            @Parameter(names = {"-o", "--output"}, absentValue = "") String outputs,
            @Descriptor("also print the resolved MusicSpec as JSON")
            @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("listen to the result and check every constraint; fails if a hard one does not hold")
            @Parameter(names = {"-v", "--verify"}, presentValue = "true", absentValue = "false") boolean verify,
            @Descriptor("the prompt, quoted") String... prompt) throws Exception {
        String text = String.join(" ", prompt);
        List<Path> files = new ArrayList<>();
        for (String o : outputs.split(",")) {
            if (!o.isBlank()) {
                files.add(Path.of(o.strip()));
            }
        }
        if (files.isEmpty()) {
            files.add(TextReports.defaultOutput(text));
        }
        Long seedValue = parseSeed(seed);
        GenerationResult result = studio.generate(new GenerationRequest(text, pipeline, seedValue, files, verify, null));
        String report = TextReports.generated(result);
        if (json) {
            report += SpecJson.write(result.piece().spec(), Map.of("seed", result.seed())) + "\n";
        }
        if (result.report().isPresent()) {
            report += TextReports.adherence(result.report().get());
            if (!result.report().get().passed()) {
                throw new IllegalStateException("verification failed\n" + report);
            }
        }
        return report;
    }

    @Descriptor("measure an audio file: duration, tempo, key, pitch, loudness")
    public String analyze(
            @Descriptor("print the whole analysis as JSON")
            @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("the audio file (WAV)") String file) throws Exception {
        long start = System.nanoTime();
        var analysis = studio.analyze(Path.of(file));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return json ? AnalysisJson.write(analysis)
                : TextReports.analysis(analysis) + String.format("analysed %.1f s of audio in %d ms%n", analysis.seconds(), millis);
    }

    @Descriptor("show what a prompt asks for: each value, how firmly, and the words it came from")
    public String interpret(
            @Descriptor("pipeline name")
            @Parameter(names = {"-p", "--pipeline"}, absentValue = Studio.DEFAULT_PIPELINE) String pipeline,
            @Descriptor("print JSON instead of a table")
            @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("the prompt, quoted") String... prompt) throws Exception {
        Interpretation interpretation = studio.interpret(String.join(" ", prompt), pipeline);
        return json ? SpecJson.write(interpretation.spec(), Map.of()) : TextReports.interpretation(interpretation);
    }

    @Descriptor("list interpreters, generators and renderers with their bundles")
    public String plugins() {
        return TextReports.plugins(studio.plugins());
    }

    @Descriptor("list pipelines and whether each can run")
    public String pipelines() {
        return TextReports.pipelines(studio.pipelines());
    }

    @Descriptor("create, show, change or delete a pipeline; pipelines are kept across restarts")
    public String pipeline(
            @Descriptor("interpreters in order, comma separated (create default: keyword,notes,semantic)")
            @Parameter(names = {"-i", "--interpreters"}, absentValue = "") String interpreters,
            @Descriptor("generator (create default: symbolic)")
            @Parameter(names = {"-g", "--generator"}, absentValue = "") String generator,
            @Descriptor("output formats it may write, comma separated, e.g. mid,wav (default: any)")
            @Parameter(names = {"-r", "--renderers"}, absentValue = "") String renderers,
            @Descriptor("settings for every prompt, comma separated key=value: tempo, key, meter, length, drums, genre, dynamics")
            @Parameter(names = {"-s", "--set"}, absentValue = "") String settings,
            // One varargs parameter rather than two: Gogo answers a missing positional argument with a
            // coercion error that names Java types; this way the user gets the usage line instead.
            @Descriptor("create, show, set or delete, then the pipeline name") String... actionAndName) throws Exception {
        if (actionAndName.length != 2) {
            throw new IllegalArgumentException(
                    "usage: riff:pipeline [-i INTERPRETERS] [-g GENERATOR] [-r FORMATS] [-s KEY=VALUE,...] create|show|set|delete NAME");
        }
        String action = actionAndName[0];
        String name = actionAndName[1];
        var existing = studio.pipelineDefinition(name);
        switch (action) {
            case "show" -> {
                var d = existing.orElseThrow(() -> new IllegalArgumentException("no pipeline named " + name));
                return describe(d);
            }
            case "delete" -> {
                if (!studio.deletePipeline(name)) {
                    throw new IllegalArgumentException("no pipeline named " + name);
                }
                return "deleted pipeline " + name + "\n";
            }
            case "create", "set" -> {
                if (action.equals("create") && existing.isPresent()) {
                    throw new IllegalArgumentException("pipeline " + name + " exists; change it with riff:pipeline set");
                }
                if (action.equals("set") && existing.isEmpty()) {
                    throw new IllegalArgumentException("no pipeline named " + name + "; create it with riff:pipeline create");
                }
                var base = existing.orElse(new PipelineDefinition(name, Studio.DEFAULT_INTERPRETERS, Studio.DEFAULT_GENERATOR,
                        List.of(), Map.of()));
                Map<String, String> merged = new java.util.TreeMap<>(base.settings());
                merged.putAll(keyValues(settings));
                var d = new PipelineDefinition(name, interpreters.isBlank() ? base.interpreters() : list(interpreters),
                        generator.isBlank() ? base.generator() : generator.strip(),
                        renderers.isBlank() ? base.renderers() : list(renderers), merged);
                studio.savePipeline(d);
                return (action.equals("create") ? "created" : "changed") + " pipeline " + name + "\n" + describe(d);
            }
            default -> throw new IllegalArgumentException("unknown action '" + action + "': create, show, set or delete");
        }
    }

    private static String describe(PipelineDefinition d) {
        return "name          " + d.name() + "\ninterpreters  " + String.join(",", d.interpreters()) + "\ngenerator     "
                + d.generator() + "\nrenderers     " + (d.renderers().isEmpty() ? "any" : String.join(",", d.renderers()))
                + "\nsettings      " + (d.settings().isEmpty() ? "none" : d.settings().toString()) + "\n";
    }

    private static List<String> list(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Map<String, String> keyValues(String commaSeparated) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String pair : list(commaSeparated)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a setting is key=value, got '" + pair + "'");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    private static Long parseSeed(String seed) {
        if (seed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be a whole number, got '" + seed + "'");
        }
    }
}
