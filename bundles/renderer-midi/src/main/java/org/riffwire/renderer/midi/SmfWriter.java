// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.midi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;

/**
 * Encodes a score as SMF type 1: a conductor track (title, time signature, key signature, tempo) followed by one
 * track per part (name, program change, notes). Events at the same tick are ordered note-offs first, then by
 * pitch, so the same score always gives the same bytes.
 */
final class SmfWriter {
    private static final int META = 0xFF;

    private SmfWriter() {
    }

    static byte[] write(Score score, String title) {
        List<byte[]> tracks = new ArrayList<>();
        tracks.add(conductorTrack(score, title));
        for (Track track : score.tracks()) {
            tracks.add(partTrack(track, score.lengthTicks()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeAscii(out, "MThd");
        writeInt(out, 6);
        writeShort(out, 1);
        writeShort(out, tracks.size());
        writeShort(out, score.ppq());
        for (byte[] t : tracks) {
            writeAscii(out, "MTrk");
            writeInt(out, t.length);
            out.writeBytes(t);
        }
        return out.toByteArray();
    }

    private static byte[] conductorTrack(Score score, String title) {
        TrackBuffer t = new TrackBuffer();
        t.meta(0, 0x03, title.getBytes(StandardCharsets.UTF_8));
        int denominatorPower = Integer.numberOfTrailingZeros(score.meter().denominator());
        // MIDI clocks per metronome click: one quarter note (24), or a dotted quarter in compound meters.
        int clocksPerClick = score.meter().isCompound() ? 36 : 24 * 4 / score.meter().denominator();
        t.meta(0, 0x58, new byte[] {(byte) score.meter().numerator(), (byte) denominatorPower, (byte) clocksPerClick, 8});
        t.meta(0, 0x59, new byte[] {(byte) score.key().sharps(), (byte) (score.key().mode().isMinorLike() ? 1 : 0)});
        int microsPerQuarter = (int) Math.round(60_000_000.0 / score.tempoBpm());
        t.meta(0, 0x51, new byte[] {(byte) (microsPerQuarter >> 16), (byte) (microsPerQuarter >> 8), (byte) microsPerQuarter});
        t.meta(score.lengthTicks(), 0x2F, new byte[0]);
        return t.bytes();
    }

    private record Event(long tick, boolean on, int pitch, int velocity) {
    }

    private static byte[] partTrack(Track track, long endTick) {
        TrackBuffer t = new TrackBuffer();
        t.meta(0, 0x03, track.name().getBytes(StandardCharsets.UTF_8));
        int channel = track.channel();
        if (!track.isDrums()) {
            t.event(0, 0xC0 | channel, track.program());
        }
        List<Event> events = new ArrayList<>();
        for (Note n : track.notes()) {
            events.add(new Event(n.startTick(), true, n.pitch(), n.velocity()));
            events.add(new Event(n.endTick(), false, n.pitch(), 0));
        }
        events.sort(Comparator.comparingLong(Event::tick).thenComparing(Event::on).thenComparingInt(Event::pitch));
        for (Event e : events) {
            if (e.on()) {
                t.event(e.tick(), 0x90 | channel, e.pitch(), e.velocity());
            } else {
                t.event(e.tick(), 0x80 | channel, e.pitch(), 64);
            }
        }
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).tick();
        t.meta(Math.max(endTick, last), 0x2F, new byte[0]);
        return t.bytes();
    }

    /** Accumulates delta-timed events of one track. */
    private static final class TrackBuffer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long lastTick;

        void meta(long tick, int type, byte[] data) {
            delta(tick);
            out.write(META);
            out.write(type);
            writeVarLen(out, data.length);
            out.writeBytes(data);
        }

        void event(long tick, int status, int... data) {
            delta(tick);
            out.write(status);
            for (int d : data) {
                out.write(d & 0x7F);
            }
        }

        private void delta(long tick) {
            if (tick < lastTick) {
                throw new IllegalStateException("events out of order");
            }
            writeVarLen(out, tick - lastTick);
            lastTick = tick;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    static void writeVarLen(ByteArrayOutputStream out, long value) {
        if (value < 0 || value > 0x0FFFFFFF) {
            throw new IllegalArgumentException("MIDI delta time out of range: " + value);
        }
        int buffer = (int) (value & 0x7F);
        long v = value >> 7;
        while (v > 0) {
            buffer <<= 8;
            buffer |= 0x80 | (int) (v & 0x7F);
            v >>= 7;
        }
        while (true) {
            out.write(buffer & 0xFF);
            if ((buffer & 0x80) != 0) {
                buffer >>= 8;
            } else {
                break;
            }
        }
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }
}
