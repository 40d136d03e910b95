// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns items in written order into events in played order, with start ticks. A ":|" goes back to the last
 * "|:", or to the last section end ("||", "|]", a finished repeat), or to the start: once, or, at the end of an
 * ending, as long as an ending for the next pass follows. "[1", "[2", "[1,3" endings play on their passes. Tied sounds of equal pitches are joined here, after expansion, so that chord symbols written between
 * them keep their own times.
 */
final class RepeatExpander {
    /** A bound on what repeats may multiply a short text into. */
    static final int MAX_EVENTS = 100_000;
    /** A bound on the walk itself, for texts whose repeats jump back and forth without sounding. */
    private static final long MAX_VISITS = 2_000_000;

    private final List<Item> items;
    private final boolean[] jumped;
    private final List<AbcEvent> events = new ArrayList<>();
    private double position;
    private int lastNote = -1;
    private boolean lastTied;

    private RepeatExpander(List<Item> items) {
        this.items = items;
        this.jumped = new boolean[items.size()];
    }

    static List<AbcEvent> expand(List<Item> items) throws AbcSyntaxException {
        return new RepeatExpander(items).run();
    }

    private List<AbcEvent> run() throws AbcSyntaxException {
        int i = 0;
        int start = 0;
        int pass = 1;
        int landing = -1;
        boolean openRepeat = false;
        boolean inEnding = false;
        long visits = 0;
        while (i < items.size()) {
            if (++visits > MAX_VISITS) {
                throw new AbcSyntaxException("ABC: the repeats nest too deeply to be played");
            }
            Item item = items.get(i);
            boolean atLanding = i == landing;
            landing = -1;
            if (!(item instanceof Item.Bar bar)) {
                emit(item);
                i++;
                continue;
            }
            switch (bar.structure()) {
                case REPEAT_START -> {
                    if (!atLanding) {
                        start = i;
                        pass = 1;
                    }
                    openRepeat = true;
                    inEnding = false;
                    i++;
                }
                case REPEAT_END -> {
                    // The ":|" that closes a first ending repeats even when no second ending is written: the
                    // second pass then skips the first ending and goes on after this bar.
                    boolean again = inEnding ? hasEnding(start, i, pass + 1) || pass == 1 && !jumped[i] : !jumped[i];
                    inEnding = false;
                    if (again) {
                        jumped[i] = true;
                        pass++;
                        landing = start;
                        i = start;
                    } else {
                        i++;
                        start = i;
                        openRepeat = false;
                        // The next section counts its own passes, unless this pass's ending follows (":|[2").
                        if (!(i < items.size() && items.get(i) instanceof Item.Bar next
                                && next.structure() == Item.Structure.ENDING)) {
                            pass = 1;
                        }
                    }
                }
                case SECTION_END -> {
                    i++;
                    inEnding = false;
                    // Inside a repeat's first pass a double bar is only a bar; after a later pass's ending it
                    // closes the repeat, which its ":|" was skipped over and so could not.
                    if (!openRepeat || pass > 1) {
                        start = i;
                        pass = 1;
                        openRepeat = false;
                    }
                }
                case ENDING -> {
                    if (bar.endings().contains(pass)) {
                        inEnding = true;
                        i++;
                    } else {
                        i = skipEnding(i);
                    }
                }
            }
        }
        return events;
    }

    /** True when the repeat group that starts at {@code start} and has reached {@code at} has an ending for a pass. */
    private boolean hasEnding(int start, int at, int pass) {
        for (int j = start; j < items.size(); j++) {
            if (items.get(j) instanceof Item.Bar bar) {
                if (bar.structure() == Item.Structure.ENDING && bar.endings().contains(pass)) {
                    return true;
                }
                if (j > at && (bar.structure() == Item.Structure.SECTION_END
                        || bar.structure() == Item.Structure.REPEAT_START)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Where to go on when an ending is not for this pass: the next ending, or past the ":|" that closes it. */
    private int skipEnding(int ending) {
        for (int j = ending + 1; j < items.size(); j++) {
            if (items.get(j) instanceof Item.Bar bar) {
                switch (bar.structure()) {
                    case REPEAT_END -> {
                        return j + 1;
                    }
                    case ENDING, SECTION_END, REPEAT_START -> {
                        return j;
                    }
                }
            }
        }
        return items.size();
    }

    private void emit(Item item) throws AbcSyntaxException {
        if (events.size() >= MAX_EVENTS) {
            throw new AbcSyntaxException("ABC: the tune expands to more than " + MAX_EVENTS + " events");
        }
        long tick = Math.round(position);
        if (item instanceof Item.Mark mark) {
            events.add(mark.at(tick));
            return;
        }
        Item.Sound sound = (Item.Sound) item;
        double end = position + sound.ticks;
        position = end;
        AbcNote previous = lastNote >= 0 ? (AbcNote) events.get(lastNote) : null;
        if (lastTied && previous != null && previous.endTick() == tick && samePitches(previous, sound)) {
            events.set(lastNote, new AbcNote(previous.startTick(), Math.round(end) - previous.startTick(),
                    previous.pitches()));
        } else {
            lastNote = events.size();
            events.add(new AbcNote(tick, Math.round(end) - tick, Arrays.stream(sound.pitches).boxed().toList()));
        }
        lastTied = sound.tied;
    }

    private static boolean samePitches(AbcNote note, Item.Sound sound) {
        if (note.pitches().size() != sound.pitches.length || sound.pitches.length == 0) {
            return false;
        }
        for (int p : sound.pitches) {
            if (!note.pitches().contains(p)) {
                return false;
            }
        }
        return true;
    }
}
