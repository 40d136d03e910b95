// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;

/**
 * One chord per bar, built only from allowed pitch classes. Four-bar phrases follow a simple form: the first
 * phrase of a pair ends on the dominant (a half cadence), the second on the tonic; in longer pieces every third
 * phrase of four contrasts (a B section). The piece always ends dominant → tonic where the pitch set allows it.
 */
final class HarmonyPlanner {
    // Scale degrees (0 = tonic) of four-bar phrases. HALF phrases end on V, AUTHENTIC ones on I.
    private static final int[][] MAJOR_HALF = {{0, 3, 0, 4}, {0, 5, 3, 4}, {0, 4, 5, 4}, {0, 1, 3, 4}};
    private static final int[][] MAJOR_AUTHENTIC = {{0, 3, 4, 0}, {0, 5, 4, 0}, {5, 3, 4, 0}, {0, 1, 4, 0}};
    private static final int[][] MAJOR_CONTRAST = {{3, 0, 1, 4}, {5, 2, 3, 4}, {3, 4, 2, 5}};
    private static final int[][] MINOR_HALF = {{0, 3, 0, 4}, {0, 5, 3, 4}, {0, 6, 5, 4}};
    private static final int[][] MINOR_AUTHENTIC = {{0, 3, 4, 0}, {0, 5, 4, 0}, {5, 3, 4, 0}};
    private static final int[][] MINOR_CONTRAST = {{5, 2, 3, 4}, {3, 6, 2, 5}, {2, 6, 0, 4}};
    // Modes without a leading tone cadence through their own characteristic chords (bVII in mixolydian, IV in dorian).
    private static final int[][] MODAL = {{0, 6, 3, 0}, {0, 3, 0, 6}, {0, 1, 6, 0}};

    private enum PhraseKind { HALF, AUTHENTIC, CONTRAST }

    private final Key key;
    private final Set<Integer> allowed;
    private final boolean sevenths;

    HarmonyPlanner(Key key, Set<Integer> allowed, boolean sevenths) {
        this.key = key;
        this.allowed = allowed;
        this.sevenths = sevenths;
    }

    /**
     * @param fixed chords the prompt fixed for some bars (from chord symbols or an explicit tune); other bars are
     *        planned around them
     */
    List<Chord> plan(int bars, int firstBar, Map<Integer, Chord> fixed, Random random) {
        List<Chord> chords = new ArrayList<>();
        for (int b = 0; b < firstBar; b++) {
            chords.add(fixed.getOrDefault(b, triad(0)));
        }
        int length = bars - firstBar;
        int phrases = (length + 3) / 4;
        int[] half = pick(key.mode() == Mode.MAJOR ? MAJOR_HALF : key.mode() == Mode.MINOR ? MINOR_HALF : MODAL, random);
        int[] authentic = pick(key.mode() == Mode.MAJOR ? MAJOR_AUTHENTIC
                : key.mode() == Mode.MINOR ? MINOR_AUTHENTIC : MODAL, random);
        int[] contrast = pick(key.mode() == Mode.MAJOR ? MAJOR_CONTRAST
                : key.mode() == Mode.MINOR ? MINOR_CONTRAST : MODAL, random);
        for (int p = 0; p < phrases; p++) {
            PhraseKind kind = p == phrases - 1 ? PhraseKind.AUTHENTIC
                    : phrases >= 4 && p % 4 == 2 ? PhraseKind.CONTRAST
                    : p % 2 == 0 ? PhraseKind.HALF : PhraseKind.AUTHENTIC;
            int[] degrees = switch (kind) {
                case HALF -> half;
                case AUTHENTIC -> authentic;
                case CONTRAST -> contrast;
            };
            int barsInPhrase = Math.min(4, length - p * 4);
            for (int i = 0; i < barsInPhrase; i++) {
                // A short last phrase keeps the template's ending (its cadence), not its beginning.
                int degree = degrees[degrees.length - barsInPhrase + i];
                int bar = firstBar + p * 4 + i;
                chords.add(fixed.getOrDefault(bar, triad(degree)));
            }
        }
        // The final bar is the tonic unless the prompt fixed it.
        if (!fixed.containsKey(bars - 1)) {
            chords.set(bars - 1, triad(0));
        }
        return chords;
    }

    private static int[] pick(int[][] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    /**
     * The triad on a scale degree, reduced to allowed pitch classes. A degree whose root or third is not allowed
     * yields to a substitute of the same function that can sound both: a bare root and fifth (G and D for a V in
     * C without B) says more about the key a fifth up than about this one, so the pentatonic C D E G A would be
     * heard in G. A dominant also needs its leading tone. Only when no substitute qualifies does a bare root stand.
     */
    Chord triad(int degree) {
        if (degree == 0 && !allowed.contains(key.tonic()) && allowed.contains(third(0)) && allowed.contains(key.degree(4))) {
            return rootlessTonic();
        }
        for (boolean needThird : new boolean[] {true, false}) {
            for (int candidate : substitutes(degree)) {
                if (allowed.contains(key.degree(candidate)) && (!needThird || sounds(candidate))) {
                    return chordOn(candidate);
                }
            }
        }
        // The tonic, or its third and fifth: the merge and KeyChooser make sure the set holds one or the other.
        return allowed.contains(key.tonic()) ? new Chord(key.tonic(), List.of(key.tonic()), 0) : rootlessTonic();
    }

    /** A key whose tonic the set lacks (D major on A B C# F# G) still cadences home, on the triad's other tones. */
    private Chord rootlessTonic() {
        int third = third(0);
        return new Chord(third, List.of(third, key.degree(4)), 0);
    }

    /**
     * Whether the chord can sound what makes it itself: its third and, for the dominant, the leading tone; a minor v
     * (B D in E minor pentatonic) points to the key a fifth up, not home.
     */
    private boolean sounds(int candidate) {
        return allowed.contains(third(candidate)) && (candidate != 4 || allowed.contains((key.tonic() + 11) % 12));
    }

    private int third(int candidate) {
        if (key.mode() == Mode.MINOR && candidate == 4 && allowed.contains((key.tonic() + 11) % 12)) {
            return (key.tonic() + 11) % 12; // harmonic minor: a major dominant with a leading tone
        }
        return key.degree(candidate + 2);
    }

    /** The chord on a degree whose root is allowed, with whichever of its third, fifth and seventh are. */
    private Chord chordOn(int candidate) {
        int root = key.degree(candidate);
        List<Integer> pcs = new ArrayList<>();
        pcs.add(root);
        for (int pc : new int[] {third(candidate), key.degree(candidate + 4)}) {
            if (allowed.contains(pc)) {
                pcs.add(pc);
            }
        }
        if (sevenths && allowed.contains(key.degree(candidate + 6)) && candidate != 6) {
            pcs.add(key.degree(candidate + 6));
        }
        return new Chord(root, pcs, candidate);
    }

    /** Chords of the same function, in order of preference, ending with the tonic. */
    private static int[] substitutes(int degree) {
        return switch (degree) {
            case 4 -> new int[] {4, 6, 3, 0, 2};
            case 3 -> new int[] {3, 1, 5, 4, 0};
            case 1 -> new int[] {1, 3, 5, 4, 0};
            case 5 -> new int[] {5, 2, 3, 0};
            case 2 -> new int[] {2, 4, 5, 0};
            case 6 -> new int[] {6, 4, 3, 0};
            default -> new int[] {0, 5, 2};
        };
    }

    /** The pitch classes chords may use. */
    Set<Integer> allowed() {
        return allowed;
    }

    /** The length of each pitch class the notes sound between two ticks: what {@link #bestFit} weighs. */
    static Map<Integer, Long> weights(List<Note> notes, long start, long end) {
        Map<Integer, Long> weights = new java.util.HashMap<>();
        for (Note n : notes) {
            long overlap = Math.min(end, n.endTick()) - Math.max(start, n.startTick());
            if (overlap > 0) {
                weights.merge(n.pitchClass(), overlap, Long::sum);
            }
        }
        return weights;
    }

    /** The diatonic triad that best fits the given pitch classes weighted by duration (for harmonising a tune). */
    Chord bestFit(Map<Integer, Long> weightByPitchClass, boolean lastBar) {
        if (lastBar) {
            return triad(0);
        }
        Chord best = triad(0);
        double bestScore = -1;
        for (int degree : new int[] {0, 3, 4, 5, 1, 2}) {
            Chord c = triad(degree);
            double score = 0;
            for (Map.Entry<Integer, Long> e : weightByPitchClass.entrySet()) {
                if (c.contains(e.getKey())) {
                    score += e.getValue();
                }
            }
            // Primary chords win close calls: they make the key clearest.
            score *= (degree == 0 || degree == 3 || degree == 4) ? 1.15 : 1.0;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
