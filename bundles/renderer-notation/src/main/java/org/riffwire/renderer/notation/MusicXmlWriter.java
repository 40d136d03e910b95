// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;

/**
 * Writes a score as a MusicXML 4.0 partwise document: one part per track with its MIDI channel and program, the
 * key, meter and tempo, a clef chosen by the part's range ({@link Clef}), and each bar of the track's
 * {@link BarLayout} as notes, chords and rests, split into written values and tied, triplets as 3:2 tuplets. A
 * drum track is written on a percussion staff, one instrument per General MIDI sound ({@link DrumNotation}).
 * Durations are in the score's own ticks ({@code <divisions>} 960 per quarter), so no onset is rounded.
 */
final class MusicXmlWriter {
    /** Written note values from the whole note down to the 256th, each with its MusicXML type name. */
    private static final String[] TYPES = {"whole", "half", "quarter", "eighth", "16th", "32nd", "64th", "128th", "256th"};
    private static final int WHOLE = 4 * BarLayout.PPQ;

    private MusicXmlWriter() {
    }

    static String write(Score score, String title) {
        List<Track> parts = score.tracks().stream().filter(t -> !t.notes().isEmpty()).toList();
        Xml xml = new Xml();
        xml.open("score-partwise", "version", "4.0");
        xml.open("work").text("work-title", title.replace('\n', ' ')).close();
        xml.open("identification").open("encoding").text("software", "Riffwire").close().close();
        xml.open("part-list");
        for (int p = 0; p < parts.size(); p++) {
            partListEntry(xml, partId(p), parts.get(p));
        }
        xml.close();
        for (int p = 0; p < parts.size(); p++) {
            part(xml, score, partId(p), parts.get(p), p == 0);
        }
        xml.close();
        return xml.toString();
    }

    private static String partId(int index) {
        return "P" + (index + 1);
    }

    private static void partListEntry(Xml xml, String id, Track track) {
        xml.open("score-part", "id", id).text("part-name", track.name());
        if (track.isDrums()) {
            for (int key : drumKeys(track)) {
                xml.open("score-instrument", "id", id + "-I" + key)
                        .text("instrument-name", DrumNotation.of(key).name()).close();
            }
            for (int key : drumKeys(track)) {
                xml.open("midi-instrument", "id", id + "-I" + key)
                        .text("midi-channel", Integer.toString(Track.DRUM_CHANNEL + 1))
                        .text("midi-unpitched", Integer.toString(key + 1)).close();
            }
        } else {
            xml.open("score-instrument", "id", id + "-I1").text("instrument-name", track.name()).close();
            xml.open("midi-instrument", "id", id + "-I1")
                    .text("midi-channel", Integer.toString(track.channel() + 1))
                    .text("midi-program", Integer.toString(track.program() + 1)).close();
        }
        xml.close();
    }

    private static TreeSet<Integer> drumKeys(Track track) {
        TreeSet<Integer> keys = new TreeSet<>();
        track.notes().forEach(n -> keys.add(n.pitch()));
        return keys;
    }

    private static void part(Xml xml, Score score, String id, Track track, boolean carriesTempo) {
        xml.open("part", "id", id);
        KeySpeller speller = new KeySpeller(score.key());
        int barTicks = score.meter().barTicks(score.ppq());
        boolean tiedFromBefore = false;
        for (BarLayout.Bar bar : BarLayout.bars(score, track)) {
            xml.open("measure", "number", Integer.toString(bar.index() + 1));
            if (bar.index() == 0) {
                attributes(xml, score, track);
                if (carriesTempo) {
                    tempo(xml, score);
                }
            }
            for (BarLayout.Group group : bar.groups()) {
                List<BarLayout.Token> tokens = group.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    BarLayout.Token token = tokens.get(i);
                    Tuplet tuplet = !group.tuplet() ? Tuplet.NONE
                            : i == 0 ? Tuplet.START : i == tokens.size() - 1 ? Tuplet.STOP : Tuplet.INSIDE;
                    if (token.isRest() && token.start() == bar.start() && token.length() == barTicks) {
                        xml.open("note").empty("rest", "measure", "yes")
                                .text("duration", Long.toString(barTicks)).text("voice", "1").close();
                    } else {
                        token(xml, id, track, token, tuplet, tiedFromBefore, speller);
                    }
                    tiedFromBefore = token.tie();
                }
            }
            xml.close();
        }
        xml.close();
    }

    private static void attributes(Xml xml, Score score, Track track) {
        xml.open("attributes").text("divisions", Integer.toString(score.ppq()));
        Key key = score.key();
        xml.open("key").text("fifths", Integer.toString(key.sharps()))
                .text("mode", key.mode().name().toLowerCase(Locale.ROOT)).close();
        Meter meter = score.meter();
        xml.open("time").text("beats", Integer.toString(meter.numerator()))
                .text("beat-type", Integer.toString(meter.denominator())).close();
        xml.open("clef");
        switch (Clef.of(track)) {
            case TREBLE -> xml.text("sign", "G").text("line", "2");
            case BASS -> xml.text("sign", "F").text("line", "4");
            case PERCUSSION -> xml.text("sign", "percussion");
        }
        xml.close().close();
    }

    /** The tempo mark: a dotted-quarter beat in compound meters (6/8, 9/8, 12/8), else a quarter. */
    private static void tempo(Xml xml, Score score) {
        boolean compound = score.meter().isCompound();
        long perMinute = Math.round(compound ? score.tempoBpm() / 1.5 : score.tempoBpm());
        xml.open("direction", "placement", "above").open("direction-type").open("metronome")
                .text("beat-unit", "quarter");
        if (compound) {
            xml.empty("beat-unit-dot");
        }
        xml.text("per-minute", Long.toString(perMinute)).close().close();
        xml.empty("sound", "tempo", decimal(score.tempoBpm())).close();
    }

    private enum Tuplet { NONE, START, INSIDE, STOP }

    /** One value as written: its type index in {@link #TYPES}, its dots, and the ticks it lasts as written. */
    record Value(int type, int dots, long ticks) {
    }

    /**
     * Writes one token as one or more tied values. A tuplet's members are written at 3/2 of their length with a
     * 3:2 time modification, so each value still lasts exactly its share of the token.
     */
    private static void token(Xml xml, String partId, Track track, BarLayout.Token token, Tuplet tuplet,
            boolean tiedFromBefore, KeySpeller speller) {
        long written = tuplet == Tuplet.NONE ? token.length() : token.length() * 3 / 2;
        List<Value> values = values(written);
        long remaining = token.length();
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            boolean lastValue = v == values.size() - 1;
            // The last value takes what rounding left, so the bar's durations add up exactly.
            long duration = lastValue ? remaining
                    : tuplet == Tuplet.NONE ? value.ticks() : value.ticks() * 2 / 3;
            remaining -= duration;
            boolean tieStop = !token.isRest() && (v > 0 || tiedFromBefore);
            boolean tieStart = !token.isRest() && (!lastValue || token.tie());
            boolean bracketStart = tuplet == Tuplet.START && v == 0;
            boolean bracketStop = tuplet == Tuplet.STOP && lastValue;
            List<Integer> pitches = token.isRest() ? List.of(-1) : token.pitches();
            for (int p = 0; p < pitches.size(); p++) {
                xml.open("note");
                if (p > 0) {
                    xml.empty("chord");
                }
                int pitch = pitches.get(p);
                DrumNotation.Place drum = null;
                if (token.isRest()) {
                    xml.empty("rest");
                } else if (track.isDrums()) {
                    drum = DrumNotation.of(pitch);
                    xml.open("unpitched").text("display-step", String.valueOf(drum.step()))
                            .text("display-octave", Integer.toString(drum.octave())).close();
                } else {
                    KeySpeller.Spelling s = speller.spell(pitch);
                    xml.open("pitch").text("step", String.valueOf(s.step()));
                    if (s.alteration() != 0) {
                        xml.text("alter", Integer.toString(s.alteration()));
                    }
                    xml.text("octave", Integer.toString(s.octave())).close();
                }
                xml.text("duration", Long.toString(duration));
                if (tieStop) {
                    xml.empty("tie", "type", "stop");
                }
                if (tieStart) {
                    xml.empty("tie", "type", "start");
                }
                if (drum != null) {
                    xml.empty("instrument", "id", partId + "-I" + pitch);
                }
                xml.text("voice", "1").text("type", TYPES[value.type()]);
                for (int d = 0; d < value.dots(); d++) {
                    xml.empty("dot");
                }
                if (tuplet != Tuplet.NONE) {
                    xml.open("time-modification").text("actual-notes", "3").text("normal-notes", "2").close();
                }
                if (drum != null && !drum.notehead().equals("normal")) {
                    xml.text("notehead", drum.notehead());
                }
                if (tieStop || tieStart || bracketStart || bracketStop) {
                    xml.open("notations");
                    if (tieStop) {
                        xml.empty("tied", "type", "stop");
                    }
                    if (tieStart) {
                        xml.empty("tied", "type", "start");
                    }
                    if (bracketStart && p == 0) {
                        xml.empty("tuplet", "type", "start", "bracket", "yes");
                    }
                    if (bracketStop && p == 0) {
                        xml.empty("tuplet", "type", "stop");
                    }
                    xml.close();
                }
                xml.close();
            }
        }
    }

    /**
     * A written length as note values, longest first: each the longest plain, dotted or double-dotted value that
     * still fits. Lengths on the 256th-note grid come out exact; a finer remainder stays with the last value.
     */
    static List<Value> values(long ticks) {
        List<Value> values = new ArrayList<>();
        long left = ticks;
        while (true) {
            Value best = null;
            for (int type = 0; type < TYPES.length && best == null; type++) {
                long plain = WHOLE >> type;
                for (int dots = 2; dots >= 0 && best == null; dots--) {
                    long withDots = plain * ((2L << dots) - 1) / (1L << dots);
                    if (withDots <= left && (plain >> dots) << dots == plain) {
                        best = new Value(type, dots, withDots);
                    }
                }
            }
            if (best == null) {
                if (values.isEmpty()) {
                    values.add(new Value(TYPES.length - 1, 0, left)); // shorter than a 256th: the shortest value
                }
                return values;
            }
            values.add(best);
            left -= best.ticks();
            if (left == 0) {
                return values;
            }
        }
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }

    /** A minimal indenting XML writer: elements opened and closed in order, text and attributes escaped. */
    private static final class Xml {
        private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        private final List<String> open = new ArrayList<>();

        Xml open(String name, String... attributes) {
            indent().append('<').append(name);
            attributes(attributes);
            sb.append(">\n");
            open.add(name);
            return this;
        }

        Xml empty(String name, String... attributes) {
            indent().append('<').append(name);
            attributes(attributes);
            sb.append("/>\n");
            return this;
        }

        Xml text(String name, String text) {
            indent().append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
            return this;
        }

        Xml close() {
            String name = open.remove(open.size() - 1);
            indent().append("</").append(name).append(">\n");
            return this;
        }

        private void attributes(String[] pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                sb.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
            }
        }

        private StringBuilder indent() {
            return sb.append("  ".repeat(open.size()));
        }

        private static String escape(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> {
                        if (c >= 0x20 || c == '\t') {
                            out.append(c); // other control characters are not allowed in XML 1.0
                        }
                    }
                }
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
