// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;

/**
 * A track laid out for notation as one voice, bar by bar: notes that start together are one chord; a short
 * articulation gap before the next note is notated as part of the note; notes crossing a bar line are split and
 * tied; triplet values are grouped into tuplets (three in the time of two). Every written format (ABC, MusicXML)
 * spells this same layout, so they agree on what the score says.
 */
final class BarLayout {
    /** Ticks per quarter note of every score this lays out. */
    static final int PPQ = Score.PPQ;
    /** An eighth note: a tuplet group starts on a quarter beat and spans whole quarters (two eighths). */
    private static final int EIGHTH = PPQ / 2;
    /** The finest grid a bar falls back to: a 64th note, which every notation can write. */
    static final int FALLBACK_GRID = PPQ / 16;

    /** One written symbol of a bar: a note or chord (pitches), or a rest (no pitches), tied to the next or not. */
    record Token(long start, long length, List<Integer> pitches, boolean tie) {
        boolean isRest() {
            return pitches.isEmpty();
        }

        boolean triplet() {
            return length % (EIGHTH / 2) != 0; // not a power-of-two fraction of an eighth: a triplet value
        }
    }

    /** What is written as one unit: a single token, or a run of tokens played three in the time of two. */
    record Group(List<Token> tokens, boolean tuplet) {
    }

    /** The groups of one bar, in order; they fill the bar exactly. */
    record Bar(int index, long start, List<Group> groups) {
    }

    private record Event(long start, long length, List<Integer> pitches) {
    }

    private BarLayout() {
    }

    /** The number of bars a score's notation has: its length, rounded up to whole bars, at least one. */
    static int barCount(Score score) {
        int barTicks = score.meter().barTicks(score.ppq());
        long end = Math.max(score.lengthTicks(), barTicks);
        return (int) ((end + barTicks - 1) / barTicks);
    }

    static List<Bar> bars(Score score, Track track) {
        if (score.ppq() != PPQ) {
            throw new IllegalArgumentException("notation expects scores at " + PPQ + " ticks per quarter, got "
                    + score.ppq());
        }
        int barTicks = score.meter().barTicks(score.ppq());
        int bars = barCount(score);
        List<Event> events = events(track, bars * (long) barTicks);
        List<Bar> layout = new ArrayList<>();
        int index = 0;
        for (int bar = 0; bar < bars; bar++) {
            long barStart = (long) bar * barTicks;
            long barEnd = barStart + barTicks;
            List<Token> tokens = new ArrayList<>();
            long t = barStart;
            while (t < barEnd) {
                Event e = index < events.size() ? events.get(index) : null;
                if (e == null || e.start() >= barEnd) {
                    tokens.add(new Token(t, barEnd - t, List.of(), false));
                    break;
                }
                if (e.start() > t) {
                    tokens.add(new Token(t, e.start() - t, List.of(), false));
                    t = e.start();
                    continue;
                }
                long inBar = Math.min(e.start() + e.length(), barEnd) - t;
                boolean crosses = e.start() + e.length() > barEnd;
                tokens.add(new Token(t, inBar, e.pitches(), crosses));
                t += inBar;
                if (crosses) {
                    // The rest of the note continues in the next bar as its own, tied-from event.
                    events.set(index, new Event(barEnd, e.length() - inBar, e.pitches()));
                } else {
                    index++;
                }
            }
            layout.add(new Bar(bar, barStart, groups(writable(tokens))));
        }
        return layout;
    }

    private static List<Group> groups(List<Token> tokens) {
        List<Group> groups = new ArrayList<>();
        int[] tupletEnd = tupletEnds(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (tupletEnd[i] > i) {
                groups.add(new Group(List.copyOf(tokens.subList(i, tupletEnd[i])), true));
                i = tupletEnd[i];
            } else {
                groups.add(new Group(List.of(tokens.get(i)), false));
                i++;
            }
        }
        return groups;
    }

    /**
     * For each token that opens a tuplet group, the index after the group's last token, else -1. A group opens on
     * a quarter beat, spans whole quarters, and holds at least one triplet value: a swung eighth after a
     * straight sixteenth and a rest is one group of three.
     */
    private static int[] tupletEnds(List<Token> tokens) {
        int[] ends = new int[tokens.size()];
        Arrays.fill(ends, -1);
        for (int i = 0; i < tokens.size(); i++) {
            int end = tripletGroup(tokens, i);
            if (end > i && tokens.subList(i, end).stream().anyMatch(Token::triplet)) {
                ends[i] = end;
                i = end - 1;
            }
        }
        return ends;
    }

    /**
     * The bar's tokens as they can be written: unchanged when every triplet value sits in a tuplet group, else
     * with every boundary moved to the nearest 64th note. An ill-formed mix (a triplet eighth after a straight
     * one inside a beat) has no tuplet spelling; a note a few ticks off in the notation is better than a length
     * a reader refuses. The MIDI keeps the exact times.
     */
    private static List<Token> writable(List<Token> tokens) {
        int[] tupletEnd = tupletEnds(tokens);
        boolean spellable = true;
        for (int i = 0; i < tokens.size() && spellable; i++) {
            if (tupletEnd[i] > i) {
                i = tupletEnd[i] - 1;
            } else {
                spellable = !tokens.get(i).triplet();
            }
        }
        if (spellable) {
            return tokens;
        }
        List<Token> snapped = new ArrayList<>();
        for (Token t : tokens) {
            long start = Math.round((double) t.start() / FALLBACK_GRID) * FALLBACK_GRID;
            long end = Math.round((double) (t.start() + t.length()) / FALLBACK_GRID) * FALLBACK_GRID;
            if (!snapped.isEmpty()) {
                start = Math.max(start, snapped.get(snapped.size() - 1).start() + snapped.get(snapped.size() - 1).length());
            }
            if (end - start < FALLBACK_GRID && !t.pitches().isEmpty()) {
                end = start + FALLBACK_GRID; // a note is never dropped; the next one gives way
            }
            if (end > start) {
                snapped.add(new Token(start, end - start, t.pitches(), t.tie()));
            }
        }
        // The bar keeps its length: the last token ends where the bar ends.
        Token last = snapped.get(snapped.size() - 1);
        Token original = tokens.get(tokens.size() - 1);
        long barEnd = original.start() + original.length();
        if (last.start() >= barEnd) {
            return tokens; // a bar crowded past its end by minimum lengths: written as it is
        }
        snapped.set(snapped.size() - 1, new Token(last.start(), barEnd - last.start(), last.pitches(), last.tie()));
        return snapped;
    }

    /** End index (exclusive) of a tuplet group starting at {@code from}, or -1 when none fits. */
    private static int tripletGroup(List<Token> tokens, int from) {
        if (tokens.get(from).start() % (2 * EIGHTH) != 0) {
            return -1;
        }
        long span = 0;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.tie() || (t.length() * 3) % 2 != 0) {
                return -1;
            }
            span += t.length();
            if (span % (2 * EIGHTH) == 0) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The track as a sequence of non-overlapping events. Notes that start together form a chord lasting until the
     * shortest of them ends or the next onset comes; a gap of up to a sixteenth (or a quarter of the note) before
     * the next onset is articulation, written as part of the note.
     */
    private static List<Event> events(Track track, long end) {
        TreeMap<Long, List<Note>> byStart = new TreeMap<>();
        for (Note n : track.notes()) {
            byStart.computeIfAbsent(n.startTick(), k -> new ArrayList<>()).add(n);
        }
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Long, List<Note>> e : byStart.entrySet()) {
            long start = e.getKey();
            Long next = byStart.higherKey(start);
            long nextStart = next == null ? end : next;
            long shortest = e.getValue().stream().mapToLong(Note::durationTicks).min().orElseThrow();
            long length = Math.min(shortest, nextStart - start);
            long gap = nextStart - (start + length);
            if (gap > 0 && gap <= Math.max(240, length / 4)) {
                length = nextStart - start;
            } else if (gap > 0) {
                // A real rest follows: notate the note's length on the sixteenth grid (a staccato note played
                // 92% of its value is written at its full value, not as 265/32 of an eighth).
                long grid = start % 240 == 0 ? 240 : 160;
                length = Math.min(nextStart - start, Math.max(grid, Math.round((double) length / grid) * grid));
            }
            List<Integer> pitches = e.getValue().stream().map(Note::pitch).distinct().sorted().toList();
            events.add(new Event(start, length, pitches));
        }
        return events;
    }
}
