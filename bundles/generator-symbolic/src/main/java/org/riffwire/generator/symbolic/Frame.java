// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.List;

import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Score;

/**
 * The time grid of a piece: bars, the felt beats inside a bar, and where the piece ends. Compound meters (6/8)
 * beat in dotted quarters, odd eighth meters (7/8) in groups of two and three eighths, cut time in halves.
 */
final class Frame {
    static final int PPQ = Score.PPQ;

    final Meter meter;
    final int barTicks;
    final int bars;
    final long lengthTicks;
    /** Offsets of the felt beats within a bar. */
    final int[] beats;
    /** Bars at the start that the melody plays alone (a spelled-out note list), before the band enters. */
    final int soloBars;

    Frame(Meter meter, int bars, long lengthTicks, int soloBars) {
        this.meter = meter;
        this.barTicks = meter.barTicks(PPQ);
        this.bars = bars;
        this.lengthTicks = lengthTicks;
        this.beats = beatOffsets(meter);
        this.soloBars = soloBars;
    }

    private static int[] beatOffsets(Meter meter) {
        int eighth = PPQ / 2;
        List<Integer> offsets = new ArrayList<>();
        int n = meter.numerator();
        if (meter.denominator() == 8 && n % 3 == 0) {
            for (int i = 0; i < n / 3; i++) {
                offsets.add(i * 3 * eighth);
            }
        } else if (meter.denominator() == 8) {
            // 5/8 = 2+3, 7/8 = 2+2+3, 11/8 = 2+2+2+2+3: twos first, one three at the end.
            int pos = 0;
            int remaining = n;
            while (remaining > 0) {
                offsets.add(pos * eighth);
                int group = remaining == 3 || remaining == 1 ? remaining : 2;
                pos += group;
                remaining -= group;
            }
        } else {
            int unit = PPQ * 4 / meter.denominator();
            for (int i = 0; i < n; i++) {
                offsets.add(i * unit);
            }
        }
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    long barStart(int bar) {
        return (long) bar * barTicks;
    }

    /** Where bar {@code bar} ends: the bar line, or the end of the piece for the last bar. */
    long barEnd(int bar) {
        return bar == bars - 1 ? lengthTicks : barStart(bar + 1);
    }

    /** Length of beat {@code i} of a bar. */
    int beatLength(int i) {
        return (i + 1 < beats.length ? beats[i + 1] : barTicks) - beats[i];
    }

    boolean isStrongBeat(int i) {
        return i == 0 || (beats.length == 4 && i == 2);
    }

    boolean compound() {
        return meter.denominator() == 8 && meter.numerator() % 3 == 0;
    }
}
