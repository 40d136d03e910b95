// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.SpecValue;

/**
 * Whether the interpreters so far have read every word of a prompt that carries meaning. An interpreter that
 * reads only what the rules leave (the semantic one: sentence embeddings for mood and scene words) has nothing
 * to add to "a string quartet in D major at 96 bpm, 30 seconds", and skipping it spares a one-shot command the
 * wait for its model (a third of a second on two cores).
 */
final class UnreadWords {
    /** The property an interpreter sets to be run only when words are left unread. */
    static final String PROPERTY = "riffwire.interpreter.reads";
    static final String UNREAD = "unread-words";

    /** Words that carry no reading of their own: articles, prepositions, conjunctions, and what a prompt names. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "in", "at", "on", "of", "for", "with", "and",
            "or", "to", "by", "from", "into", "over", "about", "it", "its", "is", "be", "that", "this", "some", "me",
            "please", "make", "write", "play", "played", "song", "piece", "tune", "track", "music", "bpm", "s");

    private UnreadWords() {
    }

    static boolean allRead(String text, List<SpecPatch> patches) {
        Set<String> read = new HashSet<>();
        for (SpecPatch patch : patches) {
            for (SpecValue<?> value : patch.values()) {
                for (String words : value.provenance().words()) {
                    read.addAll(words(words));
                }
            }
        }
        for (String word : words(text)) {
            if (!FILLER.contains(word) && !read.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}#]+")).stream().filter(w -> !w.isEmpty())
                .toList();
    }
}
