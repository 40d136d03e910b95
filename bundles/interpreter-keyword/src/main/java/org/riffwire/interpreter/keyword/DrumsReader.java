// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.HashMap;
import java.util.Map;

import org.riffwire.api.spec.SpecField;

/**
 * Reads whether the prompt wants drums: "with drums", "a drum beat", "percussion", "backbeat" say yes; "no
 * drums", "without percussion", "drumless", "a cappella" say no. A prompt that says both gets both, and the merge
 * names the contradiction.
 */
final class DrumsReader {
    private final Lexicon<Boolean> words;

    DrumsReader() {
        Map<String, Boolean> m = new HashMap<>();
        for (String yes : new String[] {"drums", "drum", "drum kit", "drum kits", "drumkit", "drum set", "drumset",
                "drum beat", "drum beats", "drumbeat", "drum machine", "drum loop", "drum loops", "drum track",
                "drum pattern", "drum groove", "percussion", "beat", "beats", "backbeat", "back beat", "breakbeat",
                "breakbeats", "groove", "with a groove", "drummer", "kick drum", "snare", "snare drum",
                "bass drum", "hi hat", "hi-hats", "hihat"}) {
            m.put(Lexicon.key(yes), true);
        }
        for (String no : new String[] {"drumless", "a cappella", "a capella", "acapella", "acappella", "beatless",
                "unaccompanied voices"}) {
            m.put(Lexicon.key(no), false);
        }
        words = new Lexicon<>(m, false);
    }

    void read(Tokens tokens, Findings found) {
        for (Phrase<Boolean> p : words.scan(tokens)) {
            int negator = Negation.negator(tokens, p.first());
            boolean wanted = p.value() && negator < 0;
            int from = negator >= 0 ? negator : p.first();
            if (negator < 0 && tokens.is(p.first() - 1, "with") && tokens.joined(p.first())) {
                from = p.first() - 1;
            }
            found.explicit(SpecField.DRUMS, wanted, tokens.words(from, p.end()));
            tokens.use(p.first(), p.end());
        }
    }
}
