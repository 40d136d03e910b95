// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Mini-notation against the event lists its definitions give: the "Mini-Notation" page of strudel.cc
 * (https://strudel.cc/learn/mini-notation/), TidalCycles' "Mini notation" reference
 * (https://tidalcycles.org/docs/reference/mini_notation/), and, for the Euclidean rhythms, Toussaint's table as
 * TidalCycles lists it (https://tidalcycles.org/docs/reference/mini_notation/#euclidian-sequences) and Strudel's
 * own euclidRot test. Each event is written "begin-end word" in cycles; only events that start in the cycle
 * asked are listed, with their whole length.
 */
class MiniNotationTest {
    private static String cycle(String pattern, long cycle) throws MiniSyntaxException {
        List<String> out = new ArrayList<>();
        for (Hap<Atom> h : MiniNotation.parse(pattern).onsetsIn(cycle)) {
            out.add(h.whole().begin() + "-" + h.whole().end() + " " + h.value().text());
        }
        return String.join(", ", out);
    }

    private static String cycles(String pattern, int count) throws MiniSyntaxException {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            out.add(cycle(pattern, c));
        }
        return String.join(" | ", out);
    }

    @Test
    void stepsShareTheCycleAndBracketsMakeOneStep() throws Exception {
        assertEquals("0-1/3 c, 1/3-2/3 e, 2/3-1 g", cycle("c e g", 0));
        assertEquals("0-1/2 c, 1/2-3/4 e, 3/4-1 g", cycle("c [e g]", 0));
        assertEquals("0-1/2 c, 1/2-3/4 e, 3/4-7/8 g, 7/8-1 b", cycle("c [e [g b]]", 0));
        assertEquals("2-7/3 c, 7/3-8/3 e, 8/3-3 g", cycle("c e g", 2), "every cycle alike");
    }

    @Test
    void restsKeepTheirPlace() throws Exception {
        assertEquals("0-1/3 c, 2/3-1 g", cycle("c ~ g", 0));
        assertEquals("0-1/4 bd, 3/4-1 sd", cycle("bd - ~ sd", 0));
    }

    @Test
    void angleBracketsPlayOneStepPerCycle() throws Exception {
        assertEquals("0-1 c | 1-2 e | 2-3 g | 3-4 c", cycles("<c e g>", 4));
        assertEquals("0-1 c | 1-3/2 e, 3/2-2 g", cycles("<c [e g]>", 2));
        assertEquals("0-1 a | 1-2 b | 2-3 a | 3-4 c", cycles("<a <b c>>", 4), "nested alternation takes turns");
        assertEquals("0-1/2 c, 1/2-1 a | 1-3/2 e, 3/2-2 a", cycles("<c e> a", 2));
        assertEquals("0-1 c, 0-1 e | 1-2 d, 1-2 g", cycles("<c d, e g>", 2), "each layer alternates by itself");
    }

    @Test
    void starAndSlashChangeSpeed() throws Exception {
        assertEquals("0-1/4 c, 1/4-1/2 c, 1/2-1 e", cycle("c*2 e", 0));
        assertEquals("0-2 c |  | 2-4 c", cycles("c/2", 3), "a slowed step sounds every other cycle, twice as long");
        assertEquals("0-1 c | 1-2 e", cycles("[c e]/2", 2));
        assertEquals("0-2 c |  | 2-4 e | ", cycles("[c e]/4", 4), "an event longer than a cycle starts once");
        assertEquals("0-1/2 c, 1/2-1 c | 1-4/3 c, 4/3-5/3 c, 5/3-2 c", cycles("c*<2 3>", 2), "a patterned speed");
        assertEquals("0-2/3 c, 2/3-4/3 c", cycle("c*1.5", 0), "a fractional speed");
    }

    @Test
    void commasStackLayers() throws Exception {
        assertEquals("0-1 c3, 0-1 e3, 0-1 g3", cycle("[c3,e3,g3]", 0));
        assertEquals("0-1/2 c, 0-1/3 g, 1/3-2/3 g, 1/2-1 e, 2/3-1 g", cycle("c e, g*3", 0));
    }

    @Test
    void repeatsAndLengths() throws Exception {
        assertEquals("0-1/4 c, 1/4-1/2 c, 1/2-3/4 c, 3/4-1 e", cycle("c!3 e", 0));
        assertEquals("0-1/4 c, 1/4-1/2 e, 1/2-3/4 e, 3/4-1 g", cycle("c e ! g", 0));
        assertEquals("0-3/4 c, 3/4-1 e", cycle("c@3 e", 0));
        assertEquals("0-3/4 c, 3/4-1 e", cycle("c _ _ e", 0));
        assertEquals("0-1/2 a, 1/2-1 a | 1-3/2 b, 3/2-2 b", cycles("<a b>!2", 2), "a repeat plays the same cycle again");
        assertEquals("0-2/5 c, 2/5-3/5 e, 3/5-1 g", cycle("c@2 e g@2", 0));
    }

    @ParameterizedTest(name = "({0},{1}) is {2}")
    @CsvSource({
        "2,5,x.x..", "3,4,xxx.", "3,5,x.x.x", "3,7,x.x.x..", "3,8,x..x..x.", "4,7,x.x.x.x", "4,9,x.x.x.x..",
        "4,11,x..x..x..x.", "5,6,xxxxx.", "5,7,x.xx.xx", "5,8,x.xx.xx.", "5,9,x.x.x.x.x", "5,11,x.x.x.x.x..",
        "5,12,x..x.x..x.x.", "5,16,x..x..x..x..x...", "7,8,xxxxxxx.", "7,12,x.xx.x.xx.x.",
        "7,16,x..x.x.x..x.x.x.", "9,16,x.xx.x.x.xx.x.x.", "11,24,x..x.x.x.x.x..x.x.x.x.x.",
        "13,24,x.xx.x.x.x.x.xx.x.x.x.x.", "0,4,....", "4,4,xxxx"})
    void euclideanRhythmsAreToussaints(int pulses, int steps, String expected) {
        StringBuilder sb = new StringBuilder();
        for (boolean b : Bjorklund.rhythm(pulses, steps, 0)) {
            sb.append(b ? 'x' : '.');
        }
        assertEquals(expected, sb.toString());
    }

    @Test
    void euclideanStepsInAPattern() throws Exception {
        assertEquals("0-1/8 bd, 3/8-1/2 bd, 3/4-7/8 bd", cycle("bd(3,8)", 0));
        assertEquals("0-1/8 bd, 1/4-3/8 bd, 5/8-3/4 bd", cycle("bd(3,8,2)", 0), "rotated as Strudel's euclidRot test");
        assertEquals("0-1/16 bd, 3/16-1/4 bd, 3/8-7/16 bd, 1/2-1 sd", cycle("bd(3,8) sd", 0));
        assertEquals("0-1/4 c, 1/4-1/2 c, 1/2-3/4 c", cycle("c(3,4)", 0), "Bjorklund's order, as Strudel's bjork gives it");
    }

    @Test
    void questionMarksDropTheSameEventsEveryTime() throws Exception {
        String once = cycles("hh*8?", 4);
        assertEquals(once, cycles("hh*8?", 4), "seeded: the same events every run");
        int kept = 0;
        for (int c = 0; c < 50; c++) {
            kept += MiniNotation.parse("hh*8?").onsetsIn(c).size();
        }
        assertTrue(kept > 140 && kept < 260, "about half of 400 events kept, got " + kept);
        assertEquals(cycles("hh*8", 3), cycles("hh*8?0", 3), "?0 keeps everything");
        assertEquals(" |  | ", cycles("hh*8?1", 3), "?1 drops everything");
        assertTrue(!cycles("hh*8? sd*8?", 6).equals(cycles("hh*8 sd*8", 6)), "each ? draws for itself");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "c [e g => unbalanced '[' at 3",
        "c e] => unbalanced ']' at 4",
        "<c e => unbalanced '<' at 1",
        "bd(3,8 => unbalanced '(' at 3",
        "c* => '*' needs a number at 3",
        "c@0 => '@' needs a length above 0 at 2",
        "bd(3,x) => a Euclidean rhythm's steps is a whole number at 6",
        "c [ ] e => an empty group at 5",
        "a | b => '|' (a random choice between sequences) is not supported at 3",
        "{a b}%4 => '{ }' (polymeter) is not supported at 1",
        "c*[2 x] => a speed must be a number, got 'x' at 6"})
    void malformedPatternsArePointedAt(String pattern, String message) {
        MiniSyntaxException e = assertThrows(MiniSyntaxException.class, () -> MiniNotation.parse(pattern));
        assertEquals(message, e.getMessage());
    }
}
