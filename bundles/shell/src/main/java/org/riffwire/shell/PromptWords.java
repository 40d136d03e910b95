// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The words Gogo leaves after the options it knows: the prompt, as strictly as the command line reads it. Gogo
 * passes a word it does not know as an option ("--tempo") and a second "-o" on to the prompt; here an unknown
 * option is an error, "--help" asks for the usage, and every "-o FILE" adds an output, as on the command line.
 * A word is an option when it starts with "-" and a letter or a second "-"; "-90" stays prompt text.
 */
record PromptWords(String text, List<String> outputs, boolean help) {
    static PromptWords read(String command, String... words) {
        List<String> outputs = new ArrayList<>();
        List<String> prompt = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!isOption(w)) {
                prompt.add(w);
            } else if (w.equals("--help") || w.equals("-h")) {
                help = true;
            } else if (w.equals("-o") || w.equals("--output")) {
                if (i + 1 >= words.length || isOption(words[i + 1])) {
                    throw new IllegalArgumentException(command + ": " + w + " needs a file");
                }
                outputs.addAll(files(words[++i]));
            } else {
                throw new IllegalArgumentException(command + ": unknown option " + w + "; see help " + command);
            }
        }
        return new PromptWords(String.join(" ", prompt), List.copyOf(outputs), help);
    }

    /** The files of one "-o" value: comma separated, blanks left out. */
    static List<String> files(String value) {
        List<String> files = new ArrayList<>();
        for (String o : value.split(",")) {
            if (!o.isBlank()) {
                files.add(o.strip());
            }
        }
        return files;
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.charAt(0) == '-' && (Character.isLetter(word.charAt(1)) || word.charAt(1) == '-');
    }
}
