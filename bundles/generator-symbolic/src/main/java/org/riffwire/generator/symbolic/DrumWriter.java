// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.riffwire.api.music.Note;

/**
 * Drum grooves on a sixteenth-note grid, one pattern per genre (General MIDI percussion keys), with a fill at the
 * end of each four-bar phrase, a crash at each eight-bar section and a final hit on the last downbeat. Meters
 * without a written pattern get one built from their beat groups: kick on the first, snare on the others.
 */
final class DrumWriter {
    static final int KICK = 36;
    static final int SIDE_STICK = 37;
    static final int SNARE = 38;
    static final int CLOSED_HAT = 42;
    static final int PEDAL_HAT = 44;
    static final int OPEN_HAT = 46;
    static final int CRASH = 49;
    static final int RIDE = 51;
    static final int COWBELL = 56;
    static final int LOW_TOM = 45;
    static final int MID_TOM = 47;
    static final int HIGH_TOM = 50;
    private static final int SIXTEENTH = Frame.PPQ / 4;

    /** One instrument's line in a pattern: 'x' a hit, 'a' an accented hit, '.' silence. */
    private record Line(int key, String steps, int velocity) {
    }

    private final Frame frame;
    private final Style style;
    private final int velocity;
    private final Random random;

    DrumWriter(Frame frame, Style style, int velocity, Random random) {
        this.frame = frame;
        this.style = style;
        this.velocity = velocity;
        this.random = random;
    }

    List<Note> write() {
        int steps = frame.barTicks / SIXTEENTH;
        List<Line> groove = groove(steps);
        List<Note> notes = new ArrayList<>();
        for (int bar = frame.soloBars; bar < frame.bars; bar++) {
            long start = frame.barStart(bar);
            int inPiece = bar - frame.soloBars;
            if (bar == frame.bars - 1) {
                notes.add(hit(CRASH, start, 110));
                notes.add(hit(KICK, start, 110));
                continue;
            }
            boolean fill = inPiece % 4 == 3 && bar < frame.bars - 2;
            int fillFrom = fill ? steps - Math.min(steps / 2, 4) : steps;
            for (Line line : groove) {
                for (int s = 0; s < Math.min(fillFrom, line.steps().length()); s++) {
                    char c = line.steps().charAt(s);
                    if (c != '.') {
                        notes.add(hit(line.key(), start + (long) s * SIXTEENTH + swing(s), line.velocity() + (c == 'a' ? 15 : 0)));
                    }
                }
            }
            if (fill) {
                int[] toms = {SNARE, HIGH_TOM, MID_TOM, LOW_TOM};
                for (int s = fillFrom, k = 0; s < steps; s++, k++) {
                    notes.add(hit(toms[Math.min(toms.length - 1, k * toms.length / Math.max(1, steps - fillFrom))],
                            start + (long) s * SIXTEENTH, 95 + 3 * k));
                }
            }
            if (inPiece % 8 == 0 && inPiece > 0) {
                notes.add(hit(CRASH, start, 105));
            }
        }
        return notes;
    }

    /** Swung eighths delay the off-beat eighth to two thirds of the beat. */
    private long swing(int step) {
        return style.swing() && step % 4 == 2 ? SIXTEENTH * 2 / 3 : 0;
    }

    private List<Line> groove(int steps) {
        List<Line> written = switch (style.groove()) {
            case BACKBEAT -> List.of(line(KICK, "x.......x.x.....", 100), line(SNARE, "....x.......x...", 100),
                    line(CLOSED_HAT, "a.x.a.x.a.x.a.x.", 62));
            case FOUR_ON_FLOOR -> List.of(line(KICK, "x...x...x...x...", 105), line(SNARE, "....x.......x...", 90),
                    line(OPEN_HAT, "..x...x...x...x.", 70), line(CLOSED_HAT, "x...x...x...x...", 55));
            case BREAKBEAT -> List.of(line(KICK, "x.........x.....", 105), line(SNARE, "....x.......x...", 105),
                    line(CLOSED_HAT, "x.x.x.x.x.x.x.x.", 65));
            case BOOM_BAP -> List.of(line(KICK, "x......x..x.....", 100), line(SNARE, "....x.......x...", 95),
                    line(CLOSED_HAT, "x.x.x.x.x.x.x.x.", 55));
            case ONE_DROP -> List.of(line(KICK, "x.......x.......", 95), line(SIDE_STICK, "........x.......", 95),
                    line(CLOSED_HAT, "..x...x...x...x.", 60));
            case OFFBEAT_SKA -> List.of(line(KICK, "x.......x.......", 95), line(SNARE, "....x.......x...", 95),
                    line(CLOSED_HAT, "..x...x...x...x.", 70));
            case BOSSA -> List.of(line(KICK, "x..x....x..x....", 85), line(SIDE_STICK, "x..x..x...x..x..", 80),
                    line(CLOSED_HAT, "x.x.x.x.x.x.x.x.", 50));
            case SAMBA -> List.of(line(KICK, "x..xx..xx..xx..x", 85), line(SIDE_STICK, "..x...x..x...x..", 80),
                    line(CLOSED_HAT, "xxxxxxxxxxxxxxxx", 45));
            case HABANERA -> List.of(line(KICK, "x..x..x.x..x..x.", 90), line(SIDE_STICK, "....x.......x...", 80));
            case CLAVE -> List.of(line(SIDE_STICK, "x..x..x...x.x...", 90), line(KICK, "x..x....x..x....", 85),
                    line(COWBELL, "x...x...x...x...", 65));
            case FUNK -> List.of(line(KICK, "x..x..x...x..x..", 100), line(SNARE, "....x.......x...", 100),
                    line(CLOSED_HAT, "axxxaxxxaxxxaxxx", 50));
            case SWING_RIDE -> List.of(line(RIDE, "x...x.x.x...x.x.", 75), line(PEDAL_HAT, "....x.......x...", 60),
                    line(KICK, "x...x...x...x...", 55));
            case MARCH -> frame.barTicks == 2 * Frame.PPQ
                    ? List.of(line(KICK, "x...x...", 100), line(SNARE, "x.xxx.x.", 90))
                    : List.of(line(KICK, "x...x...x...x...", 100), line(SNARE, "x.xxx.x.x.xxx.x.", 90));
            case POLKA -> List.of(line(KICK, "x...x...", 100), line(SNARE, "..x...x.", 95));
            case WALTZ -> List.of(line(KICK, "x...........", 95), line(SNARE, "....x...x...", 75),
                    line(CLOSED_HAT, "x...x...x...", 55));
            case JIG -> List.of(line(KICK, "x.....x.....", 95), line(SNARE, "...x.....x..", 75),
                    line(CLOSED_HAT, "x.x.x.x.x.x.", 55));
            // Half-time feel: the snare on beat three, rolling sixteenth hi-hats.
            case TRAP -> List.of(line(KICK, "x......x..x.....", 105), line(SNARE, "........x.......", 100),
                    line(CLOSED_HAT, "xxxxxxxxxxxxxxxx", 50));
            case GENERIC -> List.of();
        };
        if (!written.isEmpty() && written.get(0).steps().length() == steps) {
            return written;
        }
        return fromBeats(steps);
    }

    /** A groove for any meter: kick on the first beat group, snare on the others, hats on every eighth. */
    private List<Line> fromBeats(int steps) {
        char[] kick = ".".repeat(steps).toCharArray();
        char[] snare = ".".repeat(steps).toCharArray();
        char[] hat = ".".repeat(steps).toCharArray();
        for (int b = 0; b < frame.beats.length; b++) {
            int s = frame.beats[b] / SIXTEENTH;
            if (b == 0 || (frame.beats.length == 4 && b == 2)) {
                kick[s] = 'x';
            } else {
                snare[s] = 'x';
            }
        }
        for (int s = 0; s < steps; s += 2) {
            hat[s] = 'x';
        }
        return List.of(line(KICK, new String(kick), 100), line(SNARE, new String(snare), 92),
                line(CLOSED_HAT, new String(hat), 60));
    }

    private static Line line(int key, String steps, int velocity) {
        return new Line(key, steps, velocity);
    }

    private Note hit(int key, long at, int base) {
        int v = base + (velocity - 84) / 2 + random.nextInt(7) - 3;
        return new Note(key, at, SIXTEENTH / 2, Math.max(1, Math.min(127, v)));
    }
}
