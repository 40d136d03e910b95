// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.api.Prompt;
import org.riffwire.api.Renderer;
import org.riffwire.core.api.AnalysisJson;
import org.riffwire.core.api.AttachmentFiles;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.PipelineActions;
import org.riffwire.core.api.PipelineChange;
import org.riffwire.core.api.PipelineInfo;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.SettingsText;
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
        "osgi.command.function=pipeline",
        "osgi.command.function=names",
        "osgi.command.function=log",
        "osgi.command.function=help",
        "osgi.command.function=exit",
        "osgi.command.function=quit"})
public final class RiffCommands {
    private static final String GENERATE_USAGE = """
            usage: riff:generate [-s SEED] [-p PIPELINE] [-o FILE[,FILE]]... [-j] [-v] [--image FILE]
                                 [--init FILE [--strength S]] [--set k=v,...] [--loop] [--soundfont SF2]
                                 "PROMPT"
            help riff:generate describes each option.
            """;
    private static final String INTERPRET_USAGE = """
            usage: riff:interpret [-p PIPELINE] [-j] [--image FILE] "PROMPT"
            help riff:interpret describes each option.
            """;

    private final Studio studio;
    private final PipelineRegistry pipelines;
    private final PluginInventory inventory;
    private final RecentLog log;
    private final BundleContext context;

    @Activate
    public RiffCommands(@Reference Studio studio, @Reference PipelineRegistry pipelines, @Reference PluginInventory inventory,
            @Reference RecentLog log, BundleContext context) {
        this.context = context;
        this.studio = studio;
        this.pipelines = pipelines;
        this.inventory = inventory;
        this.log = log;
    }

    /**
     * Gogo's own help lists every command of every scope; {@code help riff} (or plain {@code help}, which the
     * shell's scope path resolves here first) lists this shell's commands with what each does. Any other topic
     * goes to Gogo's help, so {@code help riff:generate} still describes each option.
     */
    @Descriptor("list the riff commands with what each does, or describe one command (help riff:generate)")
    public Object help(CommandSession session, @Descriptor("riff, or a command name") String... topic) throws Exception {
        if (topic.length > 0 && !(topic.length == 1 && topic[0].equals("riff"))) {
            return session.execute("felix:help " + String.join(" ", topic));
        }
        StringBuilder sb = new StringBuilder("riff commands (help riff:NAME describes a command's options):\n");
        List<java.lang.reflect.Method> commands = new ArrayList<>();
        for (java.lang.reflect.Method m : RiffCommands.class.getMethods()) {
            if (m.getDeclaringClass() == RiffCommands.class && m.isAnnotationPresent(Descriptor.class)) {
                commands.add(m);
            }
        }
        commands.sort(java.util.Comparator.comparing(java.lang.reflect.Method::getName));
        for (java.lang.reflect.Method m : commands) {
            sb.append(String.format("  %-11s %s%n", m.getName(), m.getAnnotation(Descriptor.class).value()));
        }
        return sb.append("Gogo's own commands: felix:help\n").toString();
    }

    /**
     * Leaves the shell by stopping the runtime, as Ctrl-D does. The stop runs a moment later on a thread of its
     * own, so this command returns first and the shell is not interrupted in the middle of it.
     */
    @Descriptor("leave the shell and stop the runtime (Ctrl-D does the same)")
    public String exit(@Descriptor("ignored; kept so that \"exit 0\" works too") String... ignored) {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(100);
                context.getBundle(0).stop();
            } catch (Exception e) {
                // Stopping already, or interrupted by the stop itself.
            }
        }, "riffwire-shell-exit");
        stopper.setDaemon(true);
        stopper.start();
        return "stopping the runtime";
    }

    @Descriptor("leave the shell and stop the runtime (the same as exit)")
    public String quit(@Descriptor("ignored") String... ignored) {
        return exit(ignored);
    }

    @Descriptor("show the runtime's recent log: bundles installed, started and stopped, errors and warnings")
    public String log(
            @Descriptor("how many of the last entries (default 40)")
            @Parameter(names = {"-n", "--lines"}, absentValue = "40") int lines) {
        return String.join("\n", log.last(Math.max(1, lines))) + "\n";
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
            @Descriptor("a picture the music should follow (PNG, JPEG, GIF, BMP, TIFF, WebP)")
            @Parameter(names = {"--image"}, absentValue = "") String image,
            @Descriptor("a WAV, or a picture read as a spectrogram, the generator starts from")
            @Parameter(names = {"--init"}, absentValue = "") String init,
            @Descriptor("how far the generator may move from the --init clip, 0 < S <= 1")
            @Parameter(names = {"--strength"}, absentValue = "") String strength,
            @Descriptor("settings for this prompt, over the pipeline's, comma separated key=value")
            @Parameter(names = {"--set"}, absentValue = "") String set,
            @Descriptor("a clip whose end runs into its start (the diffusion generator)")
            @Parameter(names = {"--loop"}, presentValue = "true", absentValue = "false") boolean loop,
            @Descriptor("SoundFont (.sf2) for this piece's .wav and listening, or builtin; kept loaded for the next")
            @Parameter(names = {"--soundfont"}, absentValue = "") String soundfont,
            @Descriptor("the prompt, quoted") String... prompt) {
        return ShellError.oneLine(() -> {
            PromptWords words = PromptWords.read("riff:generate", prompt);
            if (words.help()) {
                return GENERATE_USAGE;
            }
            Prompt.Builder request = Prompt.builder().text(words.text());
            if (!image.isBlank()) {
                request.attach(AttachmentFiles.image(Path.of(image.strip())));
            }
            if (!init.isBlank()) {
                request.attach(AttachmentFiles.init(Path.of(init.strip())));
            }
            if (!strength.isBlank()) {
                if (init.isBlank()) {
                    throw new IllegalArgumentException("--strength goes with --init");
                }
                request.initStrength(parseStrength(strength));
            }
            keyValues(set).forEach(request::override);
            if (loop) {
                request.override("loop", "yes");
            }
            List<Path> files = new ArrayList<>();
            PromptWords.files(outputs).forEach(o -> files.add(Path.of(o)));
            words.outputs().forEach(o -> files.add(Path.of(o)));
            Long seedValue = parseSeed(seed);
            Map<String, String> renderSettings = soundfont.isBlank() ? Map.of()
                    : Map.of(Renderer.SOUNDFONT_SETTING, soundfont.strip());
            GenerationResult result = studio.generate(new GenerationRequest(request.build(), pipeline, seedValue, files,
                    verify, null, null, renderSettings));
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
        });
    }

    @Descriptor("measure an audio file: duration, tempo, key, pitch, loudness")
    public String analyze(
            @Descriptor("print the whole analysis as JSON")
            @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("the audio file (WAV)") String file) {
        return ShellError.oneLine(() -> {
            long start = System.nanoTime();
            var analysis = studio.analyze(Path.of(file));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return json ? AnalysisJson.write(analysis)
                    : TextReports.analysis(analysis) + String.format("analysed %.1f s of audio in %d ms%n", analysis.seconds(), millis);
        });
    }

    @Descriptor("show what a prompt asks for: each value, how firmly, and the words it came from")
    public String interpret(
            @Descriptor("pipeline name")
            @Parameter(names = {"-p", "--pipeline"}, absentValue = Studio.DEFAULT_PIPELINE) String pipeline,
            @Descriptor("print JSON instead of a table")
            @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("a picture the music should follow (PNG, JPEG, GIF, BMP, TIFF, WebP)")
            @Parameter(names = {"--image"}, absentValue = "") String image,
            @Descriptor("the prompt, quoted") String... prompt) {
        return ShellError.oneLine(() -> {
            PromptWords words = PromptWords.read("riff:interpret", prompt);
            if (words.help()) {
                return INTERPRET_USAGE;
            }
            if (!words.outputs().isEmpty()) {
                throw new IllegalArgumentException("riff:interpret writes no files; -o is an option of riff:generate");
            }
            Prompt.Builder request = Prompt.builder().text(words.text());
            if (!image.isBlank()) {
                request.attach(AttachmentFiles.image(Path.of(image.strip())));
            }
            Interpretation interpretation = studio.interpret(request.build(), pipeline);
            return json ? SpecJson.write(interpretation.spec(), Map.of()) : TextReports.interpretation(interpretation);
        });
    }

    @Descriptor("list interpreters, generators and renderers with their bundles")
    public String plugins() {
        return TextReports.plugins(inventory.plugins());
    }

    /**
     * The shell's completion asks this for candidates (see runtime/gosh/etc/gosh_profile): the names of the
     * pipelines, or of the interpreters, generators or renderers running now, so plug-ins dropped in since the
     * shell started are offered too.
     */
    @Descriptor("names of pipelines, interpreters, generators or renderers (for completion)")
    public List<String> names(@Descriptor("pipelines, interpreters, generators or renderers") String kind) {
        if (kind.equals("pipelines")) {
            return pipelines.list().stream().map(PipelineInfo::name).sorted().toList();
        }
        String singular = switch (kind) {
            case "interpreters" -> "interpreter";
            case "generators" -> "generator";
            case "renderers" -> "renderer";
            default -> throw new IllegalArgumentException("riff:names takes pipelines, interpreters, generators or "
                    + "renderers, not " + kind);
        };
        return inventory.plugins().stream().filter(p -> p.kind().equals(singular)).map(PluginInfo::name).distinct()
                .sorted().toList();
    }

    @Descriptor("list pipelines and whether each can run")
    public String pipelines() {
        return TextReports.pipelines(pipelines.list());
    }

    @Descriptor("create, show, change or delete a pipeline; pipelines are kept across restarts")
    public String pipeline(
            @Descriptor("interpreters in order, comma separated (create default: keyword,notes,pattern,semantic,image)")
            @Parameter(names = {"-i", "--interpreters"}, absentValue = "") String interpreters,
            @Descriptor("generator (create default: symbolic)")
            @Parameter(names = {"-g", "--generator"}, absentValue = "") String generator,
            @Descriptor("output formats it may write, comma separated, e.g. mid,wav (default: any)")
            @Parameter(names = {"-r", "--renderers"}, absentValue = "") String renderers,
            @Descriptor("settings for every prompt, comma separated key=value: tempo, key, meter, length, drums, genre, dynamics")
            @Parameter(names = {"-s", "--set"}, absentValue = "") String settings,
            // One varargs parameter rather than two: Gogo answers a missing positional argument with a
            // coercion error that names Java types; this way the user gets the usage line instead.
            @Descriptor("create, show, set or delete, then the pipeline name") String... actionAndName) {
        return ShellError.oneLine(() -> {
            if (actionAndName.length != 2) {
                throw new IllegalArgumentException(
                        "usage: riff:pipeline [-i INTERPRETERS] [-g GENERATOR] [-r FORMATS] [-s KEY=VALUE,...] create|show|set|delete NAME");
            }
            String action = actionAndName[0];
            String name = actionAndName[1];
            PipelineChange change = new PipelineChange(interpreters.isBlank() ? null : list(interpreters),
                    generator.isBlank() ? null : generator.strip(), renderers.isBlank() ? null : list(renderers),
                    keyValues(settings));
            return PipelineActions.apply(pipelines, action, name, change);
        });
    }

    private static List<String> list(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Map<String, String> keyValues(String commaSeparated) {
        return SettingsText.parse(commaSeparated);
    }

    private static double parseStrength(String strength) {
        try {
            double s = Double.parseDouble(strength.strip());
            if (s > 0 && s <= 1) {
                return s;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new IllegalArgumentException("--strength is a number in (0, 1], got '" + strength + "'");
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
