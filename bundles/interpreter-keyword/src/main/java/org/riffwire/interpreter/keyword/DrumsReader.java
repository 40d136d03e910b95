// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.HashMap;
import java.util.Map;

import org.riffwire.api.spec.SpecField;

/**
 * Reads whether the prompt wants drums: "with drums", "a drum beat", "percussion", "backbeat" say yes; "no
 * drums", "without percussion", "drumless", "drum-free", "a cappella" say no. Hand percussion ("congas",
 * "tambourine", "bodhran") is played on the drum channel, not as a pitched part, so naming it asks for drums too;
 * ruling one out ("no tambourine") says nothing about the rest of the kit. A prompt that says both yes and no gets
 * both, and the merge names the contradiction.
 */
final class DrumsReader {
    private enum Kind { DRUMS, NO_DRUMS, HAND_PERCUSSION }

    private final Lexicon<Kind> words;

    DrumsReader() {
        Map<String, Kind> m = new HashMap<>();
        for (String yes : new String[] {"drums", "drum", "drum kit", "drum kits", "drumkit", "drum set", "drumset",
                "drum beat", "drum beats", "drumbeat", "drum machine", "drum loop", "drum loops", "drum track",
                "drum pattern", "drum groove", "percussion", "beat", "beats", "backbeat", "back beat", "breakbeat",
                "breakbeats", "groove", "with a groove", "drummer", "kick drum", "snare", "snare drum",
                "bass drum", "hi hat", "hi-hats", "hihat", "808", "808s", "hand drum", "hand drums",
                "hand percussion", "frame drum", "frame drums"}) {
            m.put(Lexicon.key(yes), Kind.DRUMS);
        }
        for (String hand : new String[] {"bodhran", "bodhrán", "conga", "congas", "bongo", "bongos", "tabla",
                "tablas", "castanets", "castanet", "cajon", "cajón", "djembe", "djembes", "tambourine", "tambourines",
                "shaker", "shakers", "timbales", "cowbell", "cowbells", "maracas", "guiro", "güiro", "claves"}) {
            m.put(Lexicon.key(hand), Kind.HAND_PERCUSSION);
        }
        for (String no : new String[] {"drumless", "a cappella", "a capella", "acapella", "acappella", "beatless",
                "unaccompanied voices", "drum free", "drums free", "percussion free", "percussionless"}) {
            m.put(Lexicon.key(no), Kind.NO_DRUMS);
        }
        words = new Lexicon<>(m, false);
    }

    void read(Tokens tokens, Findings found) {
        for (Phrase<Kind> p : words.scan(tokens)) {
            int negator = Negation.negator(tokens, p.first());
            if (p.value() == Kind.HAND_PERCUSSION && negator >= 0) {
                tokens.use(p.first(), p.end());
                continue;
            }
            boolean wanted = p.value() != Kind.NO_DRUMS && negator < 0;
            int from = negator >= 0 ? negator : p.first();
            if (negator < 0 && tokens.is(p.first() - 1, "with") && tokens.joined(p.first())) {
                from = p.first() - 1;
            }
            found.explicit(SpecField.DRUMS, wanted, tokens.words(from, p.end()));
            tokens.use(p.first(), p.end());
        }
    }
}
