// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.PipelineActions;
import org.riffwire.core.api.PipelineChange;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.SettingsText;

/** {@code riffwire pipeline create|show|set|delete NAME [-i A,B] [-g G] [-r mid,wav] [-s k=v,...]}. */
final class PipelineCommand {
    static final String USAGE = "usage: riffwire pipeline create|show|set|delete NAME [-i INTERPRETERS] [-g GENERATOR] "
            + "[-r FORMATS] [-s KEY=VALUE,...]";

    private PipelineCommand() {
    }

    static String run(PipelineRegistry pipelines, List<String> args) throws CommandLine.UsageException {
        List<String> positional = new ArrayList<>();
        List<String> interpreters = null;
        String generator = null;
        List<String> renderers = null;
        Map<String, String> settings = new TreeMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-i", "--interpreters" -> interpreters = list(value(args, ++i, a));
                case "-g", "--generator" -> generator = value(args, ++i, a).strip();
                case "-r", "--renderers" -> renderers = list(value(args, ++i, a));
                case "-s", "--set" -> settings.putAll(keyValues(value(args, ++i, a)));
                default -> {
                    if (a.startsWith("-")) {
                        throw new CommandLine.UsageException("unknown option '" + a + "'; " + USAGE);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) {
            throw new CommandLine.UsageException(USAGE);
        }
        String action = positional.get(0);
        String name = positional.get(1);
        PipelineChange change = new PipelineChange(interpreters, generator, renderers, settings);
        try {
            return PipelineActions.apply(pipelines, action, name, change);
        } catch (BadRequestException e) {
            throw new CommandLine.UsageException(e.getMessage().replace("pipeline set", "riffwire pipeline set")
                    .replace("pipeline create", "riffwire pipeline create"));
        }
    }

    private static String value(List<String> args, int index, String option) throws CommandLine.UsageException {
        if (index >= args.size()) {
            throw new CommandLine.UsageException(option + " needs a value; " + USAGE);
        }
        return args.get(index);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Map<String, String> keyValues(String commaSeparated) throws CommandLine.UsageException {
        try {
            return SettingsText.parse(commaSeparated);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException(e.getMessage());
        }
    }
}
