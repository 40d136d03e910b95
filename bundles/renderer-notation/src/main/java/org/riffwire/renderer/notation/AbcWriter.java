// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

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
 * harmony's chord names written above the first voice. Each voice spells its track's {@link BarLayout}. Each voice names its track's MIDI channel and program
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
            sb.append(Clef.of(voices.get(v)) == Clef.BASS ? " clef=bass" : "").append('\n');
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

    private static String voice(Score score, Track track, Map<Integer, String> chordNames) {
        List<BarLayout.Bar> bars = BarLayout.bars(score, track);
        AbcSpeller speller = new AbcSpeller(score.key());
        StringBuilder sb = new StringBuilder();
        for (BarLayout.Bar bar : bars) {
            speller.newBar();
            String chord = chordNames.get(bar.index());
            if (chord != null) {
                sb.append('"').append(chord).append('"');
            }
            writeBar(sb, bar, speller);
            boolean last = bar.index() == bars.size() - 1;
            sb.append(last ? "|]" : "|");
            sb.append((bar.index() + 1) % BARS_PER_LINE == 0 || last ? "\n" : " ");
        }
        return sb.toString();
    }

    /**
     * Writes a bar's groups. A tuplet is written "(3:2:n" with its lengths scaled by 3/2, since many readers
     * (abc2midi among them) accept only lengths whose denominators are powers of two.
     */
    private static void writeBar(StringBuilder sb, BarLayout.Bar bar, AbcSpeller speller) {
        for (BarLayout.Group group : bar.groups()) {
            if (group.tuplet()) {
                sb.append("(3:2:").append(group.tokens().size());
                for (BarLayout.Token token : group.tokens()) {
                    append(sb, token, token.length() * 3 / 2, speller);
                }
            } else {
                append(sb, group.tokens().get(0), group.tokens().get(0).length(), speller);
            }
            sb.append(' ');
        }
    }

    private static void append(StringBuilder sb, BarLayout.Token token, long writtenTicks, AbcSpeller speller) {
        if (token.pitches().isEmpty()) {
            sb.append('z').append(length(writtenTicks));
            return;
        }
        sb.append(pitches(token.pitches(), speller)).append(length(writtenTicks));
        if (token.tie()) {
            sb.append('-');
        }
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
