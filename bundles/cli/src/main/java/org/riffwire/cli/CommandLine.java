// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.riffwire.api.Attachment;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.spec.SpecConflictException;
import org.riffwire.batch.api.BatchJob;
import org.riffwire.batch.api.BatchService;
import org.riffwire.core.api.AnalysisJson;
import org.riffwire.core.api.AttachmentFiles;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.PromptParts;
import org.riffwire.core.api.SettingsText;
import org.riffwire.core.api.SpecJson;
import org.riffwire.core.api.Studio;
import org.riffwire.core.api.CatalogJson;
import org.riffwire.core.api.JsonText;
import org.riffwire.core.api.TextReports;
import org.riffwire.onnx.api.ModelCatalogJson;
import org.riffwire.onnx.api.ModelInventory;

/**
 * Parses a riffwire command line and runs it against the studio. Exit codes: 0 success, 2 bad usage or input,
 * 3 a contradictory or unsatisfiable prompt, 4 a piece written but failing --verify, 5 a batch with failed items,
 * 1 an internal error. Errors are one line, never a stack trace
 * (set RIFFWIRE_DEBUG=1 to see one).
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int UNSATISFIABLE = 3;
    /** The files are written, but --verify found a hard constraint the piece does not meet: the generator's fault. */
    public static final int VERIFY_FAILED = 4;

    static final String USAGE = """
            usage: riffwire <command> [options]

            commands:
              generate [--seed N] [-p PIPELINE] [-o FILE]... [--json] [--verify] [--soundfont SF2]
                       [--image FILE] [--init FILE [--strength S]] [--loop] [--set k=v,...] "PROMPT"
                                   make music from a prompt; each -o picks its format by extension
                                   (.mid .wav .abc .musicxml .png; default: out/<prompt>.mid, .wav for audio)
              analyze [--json] FILE.wav
                                   measure an audio file: duration, tempo, key, pitch, loudness
              interpret [--json] [-p PIPELINE] "PROMPT"
                                   show the MusicSpec a prompt resolves to, with where each value came from
              plugins [--json]     list interpreters, generators and renderers
              pipelines [--json]   list pipelines and whether each can run
              pipeline create|show|set|delete NAME [options]
                                   compose named pipelines, kept across restarts
              models [--json]      list ONNX models with version, source and state
              batch FILE --out DIR [--workers N] [--engine local|spark] [--format files|parquet]
                                   make every prompt of a TSV or JSON Lines list into DIR, with a manifest;
                                   run again to resume (exit 5: some items failed)
              shell                open the interactive Gogo shell (commands in scope riff:)
              serve [--port N] [--host H]
                                   serve the web studio and the JSON API (default http://127.0.0.1:8421/);
                                   prints the address with its access token; stop with SIGTERM

            riffwire <command> --help shows a command's options.
            exit codes: 0 ok, 2 bad usage or input, 3 contradictory or unsatisfiable prompt,
              4 written but failed --verify, 5 batch with failed items, 130 interrupted, 1 internal error
            """;

    private static final Map<String, String> HELP = Map.of(
            "generate", """
                    usage: riffwire generate [--seed N] [-p PIPELINE] [-o FILE]... [--json] [--verify]
                                             [--image FILE] [--init FILE [--strength S]] [--set k=v,...]
                                             "PROMPT"
                      -s, --seed N          random seed (default: derived from the prompt, so reruns repeat)
                      -p, --pipeline NAME   pipeline to use (default: default)
                      -o, --output FILE     file to write; the extension picks the format (.mid, .wav, .abc,
                                            .musicxml, .png); repeatable
                      -j, --json            print the resolved MusicSpec as JSON on stdout
                      -v, --verify          listen to the result and check every constraint in the audio and
                                            the score; exit 4 if a hard one fails
                      --soundfont FILE.sf2  SoundFont for .wav output (default: a General MIDI .sf2 from
                                            /usr/share/sounds/sf2, else the JDK's built-in bank)
                      --image FILE          a picture the music should follow (PNG, JPEG, GIF, BMP, TIFF, WebP;
                                            at most 16 MiB); the prompt text may then be empty. The default
                                            pipeline reads it; -p sonify hears it as a spectrogram
                      --init FILE           a WAV, or a picture read as a spectrogram, the generator starts
                                            from (img2img); needs a generator that reads init clips
                      --strength S          how far the generator may move from the --init clip, 0 < S <= 1
                      --loop                a clip whose end runs into its start (generators that take the
                                            loop option: diffusion)
                      --set k=v,k=v         settings for this prompt, over the pipeline's: tempo, key, meter,
                                            length, drums, genre, dynamics, and the generator's own (diffusion:
                                            model, steps, guidance, scheduler, strength, loop)
                    """,
            "analyze", """
                    usage: riffwire analyze [--json] FILE.wav
                      -j, --json            print the whole analysis (pitch track included) as JSON
                    """,
            "interpret", """
                    usage: riffwire interpret [--json] [-p PIPELINE] "PROMPT"
                      -p, --pipeline NAME   pipeline whose interpreters to use (default: default)
                      -j, --json            print JSON instead of a table
                    """,
            "plugins", "usage: riffwire plugins [--json]\n  lists interpreters, generators and renderers with bundle and "
                    + "version;\n  --json prints what GET /api/plugins answers\n",
            "pipelines", "usage: riffwire pipelines [--json]\n  lists pipelines and whether each can run;\n  --json prints "
                    + "what GET /api/pipelines answers\n",
            "models", "usage: riffwire models [--json]\n  lists ONNX models with version, kind, source and state;\n  --json "
                    + "prints what GET /api/models answers\n",
            "pipeline", """
                    usage: riffwire pipeline create|show|set|delete NAME [options]
                      -i, --interpreters A,B   interpreters in order (create default: keyword,notes,pattern,semantic,image)
                      -g, --generator NAME     generator (create default: symbolic)
                      -r, --renderers mid,wav  output formats it may write (default: any)
                      -s, --set k=v,k=v        settings for every prompt: tempo, key, meter, length, drums, genre,
                                               dynamics
                    Pipelines are kept across restarts (ConfigAdmin's store, $RIFFWIRE_HOME/config); a file
                    $RIFFWIRE_HOME/conf/NAME.config defines one too. Use one with generate -p NAME.
                    """,
            "shell", """
                    usage: riffwire shell
                    Opens the interactive Gogo shell of the runtime, with the commands of scope riff:
                    (riff:generate, riff:interpret, riff:analyze, riff:plugins, riff:pipelines, riff:pipeline,
                    riff:log). help riff lists them, help riff:generate shows a command's options, Tab completes
                    options, pipeline and plug-in names and paths; input may also be piped in, a command a line.
                    History is kept in $RIFFWIRE_HOME/shell-history (not for piped input).
                    In Gogo, $name in an unquoted or double-quoted word is a variable: quote a value holding $
                    with single quotes. Leave with exit, quit or Ctrl-D.
                    """,
            "batch", BatchJob.USAGE,
            "serve", """
                    usage: riffwire serve [--port N] [--host H]
                      --port N              TCP port (default 8421; 0 picks a free one)
                      --host H              interface to listen on (default 127.0.0.1, this machine only; 0.0.0.0
                                            listens on every interface: only on a network you trust)
                    Prints http://127.0.0.1:PORT/?token=TOKEN on stdout once the page and the API answer: open it in
                    a browser. Every /api call needs the token (Authorization: Bearer TOKEN); it is kept in
                    $RIFFWIRE_HOME/http/token. Plug-ins dropped into $RIFFWIRE_HOME/plugins are deployed live.
                    SIGTERM (Ctrl-C) lets running generations finish (up to 10 s), cancels the rest, exits 0.
                    """);

    private final Studio studio;
    private final PipelineRegistry pipelines;
    private final PluginInventory inventory;
    private final ModelInventory models;
    private final BatchService batches;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /** @param terminal whether stderr is a terminal: progress lines are shown only there */
    public CommandLine(Studio studio, PipelineRegistry pipelines, PluginInventory inventory, ModelInventory models,
            BatchService batches, PrintStream out, PrintStream err, boolean terminal) {
        this.batches = batches;
        this.studio = studio;
        this.pipelines = pipelines;
        this.inventory = inventory;
        this.models = models;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Thrown for bad usage; carries the one-line message. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public int run(String[] args) {
        try {
            return dispatch(args);
        } catch (UsageException | InvalidPromptException | BadRequestException e) {
            return fail(BAD_INPUT, e.getMessage());
        } catch (SpecConflictException | UnsatisfiableSpecException e) {
            return fail(UNSATISFIABLE, e.getMessage());
        } catch (Exception | LinkageError e) {
            if (System.getenv("RIFFWIRE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return fail(INTERNAL_ERROR, "internal error: " + e.getMessage());
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int fail(int code, String message) {
        err.println("riffwire: " + message.replace('\n', ' '));
        return code;
    }

    private int dispatch(String[] args) throws Exception {
        if (args.length == 0) {
            err.print(USAGE);
            return BAD_INPUT;
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
            out.print(USAGE);
            return OK;
        }
        if (!HELP.containsKey(command)) {
            throw new UsageException("unknown command '" + command + "'; try riffwire --help");
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(HELP.get(command));
            return OK;
        }
        return switch (command) {
            case "generate" -> generate(Options.parse(command, rest, true));
            case "interpret" -> interpret(Options.parse(command, rest, false));
            case "analyze" -> analyze(rest);
            case "plugins" -> listing(command, rest, () -> TextReports.plugins(inventory.plugins()),
                    () -> CatalogJson.plugins(inventory.plugins()));
            case "pipelines" -> listing(command, rest, () -> TextReports.pipelines(pipelines.list()),
                    () -> CatalogJson.pipelines(pipelines.list()));
            case "pipeline" -> {
                out.print(PipelineCommand.run(pipelines, rest));
                yield OK;
            }
            case "models" -> listing(command, rest, models::report, () -> ModelCatalogJson.of(models));
            case "batch" -> batch(rest);
            default -> throw new UsageException("'" + command + "' runs through the riffwire script");
        };
    }

    /**
     * A listing as a table, or with --json as the JSON the HTTP API answers for the same list (one shape for
     * both, from CatalogJson and ModelCatalogJson).
     */
    private int listing(String command, List<String> rest, java.util.function.Supplier<String> table,
            java.util.function.Supplier<Object> json) throws UsageException {
        boolean asJson = false;
        for (String a : rest) {
            if (a.equals("-j") || a.equals("--json")) {
                asJson = true;
            } else {
                throw new UsageException(command + " takes only --json, not '" + a + "'");
            }
        }
        out.print(asJson ? JsonText.write(json.get()) + "\n" : table.get());
        return OK;
    }

    private int generate(Options options) throws Exception {
        GenerationResult result;
        try (Progress progress = new Progress(err, terminal)) {
            result = studio.generate(new GenerationRequest(options.prompt(), options.pipeline, options.seed, options.outputs,
                    options.verify, progress));
        }
        PrintStream report = options.json ? err : out;
        report.print(TextReports.generated(result));
        if (options.json) {
            out.println(SpecJson.write(result.piece().spec(), Map.of("seed", result.seed())));
        }
        if (result.report().isPresent()) {
            AdherenceReport adherence = result.report().get();
            report.print(TextReports.adherence(adherence));
            if (!adherence.passed()) {
                return fail(VERIFY_FAILED, "verification failed: " + adherence.failures().stream()
                        .map(c -> c.constraint() + " (expected " + c.expected() + ", measured " + c.measured() + ")")
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
        }
        return OK;
    }

    private int batch(List<String> args) throws Exception {
        BatchJob job;
        try {
            job = BatchJob.parse(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!java.nio.file.Files.isRegularFile(job.list())) {
            throw new UsageException("cannot read the prompt list " + job.list() + ": "
                    + (java.nio.file.Files.exists(job.list()) ? "it is not a file" : "no such file"));
        }
        try {
            return batches.run(job, err, terminal).exitCode();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int analyze(List<String> args) throws Exception {
        boolean json = false;
        Path file = null;
        for (String a : args) {
            if (a.equals("-j") || a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'; see riffwire analyze --help");
            } else if (file != null) {
                throw new UsageException("analyze takes one file");
            } else {
                file = Path.of(a);
            }
        }
        if (file == null) {
            throw new UsageException("analyze needs an audio file, e.g. riffwire analyze song.wav");
        }
        AudioAnalysis analysis = studio.analyze(file);
        out.print(json ? AnalysisJson.write(analysis) + "\n" : TextReports.analysis(analysis));
        return OK;
    }

    private int interpret(Options options) throws Exception {
        Interpretation interpretation = studio.interpret(options.prompt(), options.pipeline);
        out.print(options.json ? SpecJson.write(interpretation.spec(), Map.of()) + "\n"
                : TextReports.interpretation(interpretation));
        return OK;
    }

    /** Options of generate and interpret; the words left over form the prompt. */
    static final class Options {
        Long seed;
        String pipeline = Studio.DEFAULT_PIPELINE;
        final List<Path> outputs = new ArrayList<>();
        boolean json;
        boolean verify;
        String text;
        Attachment image;
        Attachment init;
        Double strength;
        final java.util.Map<String, String> overrides = new java.util.TreeMap<>();

        /** The prompt these options give: the words and the attached files. */
        Prompt prompt() {
            return new PromptParts(text, image, init, strength, overrides).toPrompt();
        }

        static Options parse(String command, List<String> args, boolean allowOutputs) throws UsageException {
            Options o = new Options();
            List<String> words = new ArrayList<>();
            boolean optionsEnded = false;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
                    words.add(a);
                    continue;
                }
                switch (a) {
                    case "--" -> optionsEnded = true;
                    case "-j", "--json" -> o.json = true;
                    case "-v", "--verify" -> {
                        if (!allowOutputs) {
                            throw new UsageException("--verify is an option of generate");
                        }
                        o.verify = true;
                    }
                    case "-p", "--pipeline" -> o.pipeline = value(command, args, ++i, a);
                    case "-s", "--seed" -> {
                        String v = value(command, args, ++i, a);
                        try {
                            o.seed = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            throw new UsageException("--seed needs a whole number, got '" + v + "'");
                        }
                    }
                    case "-o", "--output" -> {
                        if (!allowOutputs) {
                            throw new UsageException(command + " writes no files; -o is an option of generate");
                        }
                        String v = value(command, args, ++i, a);
                        try {
                            o.outputs.add(Path.of(v));
                        } catch (InvalidPathException e) {
                            throw new UsageException("bad output path '" + v + "': " + e.getReason());
                        }
                    }
                    case "--image" -> o.image = attachment(value(command, args, ++i, a), AttachmentFiles::image);
                    case "--loop" -> {
                        if (!allowOutputs) {
                            throw new UsageException("--loop is an option of generate");
                        }
                        o.overrides.put("loop", "yes");
                    }
                    case "--set" -> {
                        try {
                            o.overrides.putAll(SettingsText.parse(value(command, args, ++i, a)));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException("--set takes key=value pairs, comma separated: " + e.getMessage());
                        }
                    }
                    case "--init" -> {
                        if (!allowOutputs) {
                            throw new UsageException("--init is an option of generate");
                        }
                        o.init = attachment(value(command, args, ++i, a), AttachmentFiles::init);
                    }
                    case "--strength" -> {
                        if (!allowOutputs) {
                            throw new UsageException("--strength is an option of generate");
                        }
                        String v = value(command, args, ++i, a);
                        try {
                            o.strength = Double.parseDouble(v);
                        } catch (NumberFormatException e) {
                            o.strength = Double.NaN;
                        }
                        if (!(o.strength > 0 && o.strength <= 1)) {
                            throw new UsageException("--strength is a number in (0, 1], got '" + v + "'");
                        }
                    }
                    default -> throw new UsageException("unknown option '" + a + "'; see riffwire " + command + " --help");
                }
            }
            if (o.strength != null && o.init == null) {
                throw new UsageException("--strength goes with --init, the clip it says how far to move from");
            }
            if (words.isEmpty() && o.image == null) {
                throw new UsageException(command + " needs a prompt, e.g. riffwire " + command
                        + " \"a calm piano waltz in A minor\"");
            }
            o.text = String.join(" ", words);
            return o;
        }

        private interface AttachmentReader {
            Attachment read(Path file) throws BadRequestException;
        }

        private static Attachment attachment(String value, AttachmentReader reader) throws UsageException {
            try {
                return reader.read(Path.of(value));
            } catch (InvalidPathException e) {
                throw new UsageException("bad file name '" + value + "': " + e.getReason());
            } catch (BadRequestException e) {
                throw new UsageException(e.getMessage());
            }
        }

        private static String value(String command, List<String> args, int index, String option) throws UsageException {
            if (index >= args.size()) {
                throw new UsageException(option + " needs a value; see riffwire " + command + " --help");
            }
            return args.get(index);
        }
    }
}
