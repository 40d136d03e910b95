// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;

/**
 * Writes a score as ABC 2.1: headers X T M L Q K, then one voice (V:) per pitched part, bar by bar, with the
 * harmony's chord names written above the first voice. Each voice becomes a sequence of notes, chords and rests:
 * notes that start together are one chord; a short articulation gap before the next note is notated as part of
 * the note; notes crossing a bar line are split and tied. Each voice names its track's MIDI channel and program
 * ("%%MIDI channel", "%%MIDI program"), so a player such as abc2midi sounds the instruments of the MIDI output and
 * never runs out of channels: parts that share a channel there share it here. Drums are left out (ABC has no
 * portable notation for them), and a comment says so.
 */
final class AbcWriter {
    /** The unit note length: an eighth note, in ticks at 960 per quarter. */
    static final int UNIT_TICKS = 480;
    private static final int BARS_PER_LINE = 4;

    private AbcWriter() {
    }

    static String write(Score score, String title) {
        if (score.ppq() != Score.PPQ) {
            throw new IllegalArgumentException("ABC output expects scores at 960 ticks per quarter, got " + score.ppq());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("X:1\n");
        sb.append("T:").append(title.replace('\n', ' ')).append('\n');
        sb.append("M:").append(score.meter()).append('\n');
        sb.append("L:1/8\n");
        sb.append("Q:1/4=").append(Math.round(score.tempoBpm())).append('\n');
        List<Track> voices = score.tracks().stream().filter(t -> !t.isDrums() && !t.notes().isEmpty()).toList();
        if (score.tracks().stream().anyMatch(Track::isDrums)) {
            sb.append("% the drum part is not notated\n");
        }
        for (int v = 0; v < voices.size(); v++) {
            sb.append("V:").append(v + 1).append(" name=\"").append(voices.get(v).name().replace('"', '\'')).append("\"");
            sb.append(voices.get(v).role() == TrackRole.BASS ? " clef=bass" : "").append('\n');
        }
        sb.append("K:").append(AbcSpeller.keyField(score.key())).append('\n');
        Map<Integer, String> chordNames = chordNames(score);
        for (int v = 0; v < voices.size(); v++) {
            Track track = voices.get(v);
            sb.append("V:").append(v + 1).append('\n');
            sb.append("%%MIDI channel ").append(track.channel() + 1).append('\n');
            sb.append("%%MIDI program ").append(track.program()).append('\n');
            sb.append(voice(score, track, v == 0 ? chordNames : Map.of()));
        }
        return sb.toString();
    }

    private record Event(long start, long length, List<Integer> pitches, boolean tieToNext) {
    }

    /** One written symbol of a bar: a note or chord (pitches), or a rest (no pitches), tied to the next or not. */
    private record Token(long start, long length, List<Integer> pitches, boolean tie) {
        boolean triplet() {
            return length % (UNIT_TICKS / 2) != 0; // not a power-of-two fraction of an eighth: a triplet value
        }
    }

    private static String voice(Score score, Track track, Map<Integer, String> chordNames) {
        int barTicks = score.meter().barTicks(score.ppq());
        long end = Math.max(score.lengthTicks(), barTicks);
        int bars = (int) ((end + barTicks - 1) / barTicks);
        List<Event> events = events(track, bars * (long) barTicks);
        AbcSpeller speller = new AbcSpeller(score.key());
        StringBuilder sb = new StringBuilder();
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
                tokens.add(new Token(t, inBar, e.pitches(), crosses || e.tieToNext()));
                t += inBar;
                if (crosses) {
                    // The rest of the note continues in the next bar as its own, tied-from event.
                    events.set(index, new Event(barEnd, e.length() - inBar, e.pitches(), e.tieToNext()));
                } else {
                    index++;
                }
            }
            speller.newBar();
            String chord = chordNames.get(bar);
            if (chord != null) {
                sb.append('"').append(chord).append('"');
            }
            writeBar(sb, tokens, speller);
            sb.append(bar == bars - 1 ? "|]" : "|");
            sb.append((bar + 1) % BARS_PER_LINE == 0 || bar == bars - 1 ? "\n" : " ");
        }
        return sb.toString();
    }

    /**
     * Writes a bar's tokens. Triplet values (swung eighths, quarter-note triplets) are written as tuplets: a run
     * of tokens from one that starts on a quarter-note beat, spanning whole quarter notes, becomes
     * "(3:2:n" with its lengths scaled by 3/2, since many readers (abc2midi among them) accept only lengths whose
     * denominators are powers of two.
     */
    private static void writeBar(StringBuilder sb, List<Token> tokens, AbcSpeller speller) {
        tokens = writable(tokens);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int groupEnd = token.triplet() ? tripletGroup(tokens, i) : -1;
            if (groupEnd > i) {
                sb.append("(3:2:").append(groupEnd - i);
                for (int k = i; k < groupEnd; k++) {
                    Token g = tokens.get(k);
                    append(sb, g, g.length() * 3 / 2, speller);
                }
                sb.append(' ');
                i = groupEnd;
            } else {
                append(sb, token, token.length(), speller);
                sb.append(' ');
                i++;
            }
        }
    }

    /** The finest grid a bar falls back to: a 64th note, an eighth's 1/8, which every ABC reader can write. */
    static final int FALLBACK_GRID = UNIT_TICKS / 8;

    /**
     * The bar's tokens as they can be written: unchanged when every triplet value sits in a tuplet group, else
     * with every boundary moved to the nearest 64th note. An ill-formed mix (a triplet eighth after a straight
     * one inside a beat) has no tuplet spelling; a note a few ticks off in the notation is better than a length
     * abc2midi refuses. The MIDI keeps the exact times.
     */
    private static List<Token> writable(List<Token> tokens) {
        boolean spellable = true;
        for (int i = 0; i < tokens.size() && spellable; i++) {
            if (tokens.get(i).triplet()) {
                int end = tripletGroup(tokens, i);
                spellable = end > i;
                i = Math.max(i, end - 1);
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
        if (tokens.get(from).start() % (2 * UNIT_TICKS) != 0) {
            return -1;
        }
        long span = 0;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.tie() || (t.length() * 3) % 2 != 0) {
                return -1;
            }
            span += t.length();
            if (span % (2 * UNIT_TICKS) == 0) {
                return k + 1;
            }
        }
        return -1;
    }

    private static void append(StringBuilder sb, Token token, long writtenTicks, AbcSpeller speller) {
        if (token.pitches().isEmpty()) {
            sb.append('z').append(length(writtenTicks));
            return;
        }
        sb.append(pitches(token.pitches(), speller)).append(length(writtenTicks));
        if (token.tie()) {
            sb.append('-');
        }
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
            events.add(new Event(start, length, pitches, false));
        }
        return events;
    }

    private static String pitches(List<Integer> pitches, AbcSpeller speller) {
        if (pitches.size() == 1) {
            return speller.spell(pitches.get(0));
        }
        StringBuilder sb = new StringBuilder("[");
        for (int p : pitches) {
            sb.append(speller.spell(p));
        }
        return sb.append(']').toString();
    }

    /** A length in eighth-note units as ABC writes it: "", "2", "/2", "3/2", "4/3". */
    static String length(long ticks) {
        long g = gcd(ticks, UNIT_TICKS);
        long num = ticks / g;
        long den = UNIT_TICKS / g;
        if (den == 1) {
            return num == 1 ? "" : Long.toString(num);
        }
        return (num == 1 ? "" : Long.toString(num)) + "/" + den;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The chord sounding at the start of each bar in the accompanying parts, named. */
    private static Map<Integer, String> chordNames(Score score) {
        Map<Integer, String> names = new TreeMap<>();
        int barTicks = score.meter().barTicks(score.ppq());
        int bars = (int) ((score.lengthTicks() + barTicks - 1) / barTicks);
        String previous = null;
        for (int bar = 0; bar < bars; bar++) {
            long start = (long) bar * barTicks;
            long end = start + barTicks;
            TreeSet<Integer> pcs = new TreeSet<>();
            int bass = Integer.MAX_VALUE;
            for (Track t : score.tracks()) {
                if (t.isDrums() || t.role() == TrackRole.MELODY || t.role() == TrackRole.COUNTERMELODY) {
                    continue;
                }
                for (Note n : t.notes()) {
                    if (n.startTick() >= start && n.startTick() < end) {
                        pcs.add(n.pitchClass());
                        bass = Math.min(bass, n.pitch());
                    }
                }
            }
            if (bass == Integer.MAX_VALUE) {
                continue;
            }
            Optional<String> name = ChordNamer.name(pcs, bass % 12, score.key().prefersFlats());
            if (name.isPresent() && !name.get().equals(previous)) {
                names.put(bar, name.get());
                previous = name.get();
            }
        }
        return names;
    }
}
