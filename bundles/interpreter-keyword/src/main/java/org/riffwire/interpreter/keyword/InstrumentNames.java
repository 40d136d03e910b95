// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riffwire.api.music.GeneralMidi;

/**
 * What people call instruments, mapped to General MIDI programs. A phrase may stand for several programs (a
 * "string quartet"), and a phrase with no programs marks words that contain an instrument name but are not one
 * ("bass drum", "bass line"), so the longer phrase hides the shorter.
 */
final class InstrumentNames {
    // The official names of these are also everyday subjects ("a song about the seashore").
    private static final Set<String> THEMES = Set.of("Seashore", "Helicopter", "Fiddle");
    // General MIDI has no sound for these; the closest stands in, under a name that says so.
    private static final Map<String, String> STAND_INS = Map.of("mandolin", "Mandolin (steel guitar)",
            "bouzouki", "Bouzouki (steel guitar)", "ukulele", "Ukulele (nylon guitar)", "lute", "Lute (nylon guitar)");

    private InstrumentNames() {
    }

    static Map<String, List<Integer>> phrases() {
        Map<String, List<Integer>> m = new HashMap<>();
        for (int program = 0; program < GeneralMidi.PROGRAMS; program++) {
            String name = GeneralMidi.programName(program);
            if (!THEMES.contains(name)) {
                m.put(Lexicon.key(name), List.of(program));
            }
        }
        // Pianos and keyboards
        put(m, 0, "piano", "grand piano", "acoustic piano", "upright piano", "keyboard", "concert grand");
        put(m, 2, "electric grand");
        put(m, 3, "honky tonk", "honky-tonk", "barrelhouse piano");
        put(m, 4, "electric piano", "e-piano", "rhodes", "fender rhodes", "wurlitzer", "wurli");
        put(m, 6, "harpsichord", "cembalo");
        put(m, 7, "clavinet", "clav", "clavi");
        // Chromatic percussion
        put(m, 8, "celesta", "celeste");
        put(m, 9, "glockenspiel", "glock");
        put(m, 10, "music box");
        put(m, 11, "vibraphone", "vibes");
        put(m, 12, "marimba");
        put(m, 13, "xylophone");
        put(m, 14, "tubular bells", "chimes", "bells", "church bells");
        put(m, 15, "dulcimer", "hammered dulcimer");
        // Organs
        put(m, 16, "drawbar organ", "hammond", "hammond organ", "electric organ", "jazz organ");
        put(m, 18, "rock organ");
        put(m, 19, "organ", "church organ", "pipe organ");
        put(m, 21, "accordion", "squeezebox");
        put(m, 22, "harmonica", "mouth organ");
        put(m, 23, "bandoneon", "tango accordion");
        // Guitars
        put(m, 24, "nylon guitar", "nylon-string guitar", "nylon string guitar", "classical guitar",
                "spanish guitar", "flamenco guitar", "ukulele", "lute");
        put(m, 25, "guitar", "acoustic guitar", "steel guitar", "steel-string guitar", "steel string guitar",
                "mandolin", "bouzouki");
        put(m, 26, "jazz guitar", "hollow body guitar", "hollowbody guitar");
        // Which electric guitar depends on the genre (InstrumentContext); a clean one is the plain reading.
        put(m, 27, "electric guitar", "clean guitar", "clean electric guitar");
        put(m, 28, "muted guitar", "muted electric guitar", "palm-muted guitar");
        put(m, 29, "overdriven guitar", "overdrive guitar", "overdriven electric guitar");
        put(m, 30, "distorted guitar", "distortion guitar", "distorted electric guitar");
        // Basses
        put(m, 32, "acoustic bass", "upright bass", "double bass", "string bass", "stand-up bass",
                "standup bass", "walking bass", "walking bass line");
        put(m, 33, "bass", "bass guitar", "electric bass", "finger bass", "fingered bass");
        put(m, 34, "picked bass", "pick bass");
        put(m, 35, "fretless bass");
        put(m, 36, "slap bass");
        put(m, 38, "synth bass", "bass synth", "808 bass", "808 bass line", "sub bass", "sub-bass");
        // Strings
        put(m, 40, "violin", "fiddle");
        put(m, 41, "viola");
        put(m, 42, "cello", "violoncello");
        put(m, 43, "contrabass");
        put(m, 46, "harp");
        put(m, 47, "timpani", "kettle drums", "kettledrums");
        put(m, 48, "strings", "string section", "string ensemble", "string orchestra");
        put(m, 50, "synth strings");
        // Voices: a choir sings "aahs"; one singer is closer to the "oohs" of a single voice.
        put(m, 52, "choir", "voices", "aahs", "chorus voices");
        put(m, 53, "oohs", "voice", "vocal", "vocals", "vocalist", "singer", "bass voice", "bass singer",
                "bass vocals", "soprano voice", "alto voice", "tenor voice", "baritone voice", "female voice",
                "male voice", "female vocals", "male vocals", "female vocalist", "male vocalist", "human voice",
                "solo voice");
        put(m, 54, "synth choir");
        // Brass
        put(m, 56, "trumpet", "cornet", "flugelhorn");
        put(m, 57, "trombone", "bass trombone");
        put(m, 58, "tuba", "euphonium", "sousaphone");
        put(m, 60, "french horn", "horn");
        // In pop and funk "horns" means the section, not several French horns.
        put(m, 61, "brass", "brass section", "horn section", "horns");
        put(m, 62, "synth brass");
        // Reeds and pipes
        put(m, 64, "soprano sax", "soprano saxophone");
        put(m, 65, "alto sax", "alto saxophone", "saxophone", "sax");
        put(m, 66, "tenor sax", "tenor saxophone");
        put(m, 67, "baritone sax", "baritone saxophone", "bari sax");
        put(m, 68, "oboe");
        put(m, 69, "english horn", "cor anglais");
        put(m, 70, "bassoon", "contrabassoon");
        put(m, 71, "clarinet", "bass clarinet");
        put(m, 72, "piccolo");
        put(m, 73, "flute", "bass flute", "alto flute");
        put(m, 74, "recorder");
        put(m, 75, "pan flute", "panpipes", "pan pipes", "panpipe");
        put(m, 76, "bottle", "blown bottle");
        put(m, 77, "shakuhachi");
        put(m, 78, "whistle", "tin whistle", "penny whistle");
        put(m, 79, "ocarina");
        // Synths
        put(m, 80, "synth lead", "lead synth", "square lead", "square wave lead", "chiptune lead");
        put(m, 81, "saw lead", "sawtooth lead", "synth", "synthesizer", "synthesiser");
        put(m, 88, "pad", "synth pad", "new age pad");
        put(m, 89, "warm pad");
        put(m, 90, "polysynth");
        put(m, 91, "choir pad");
        put(m, 92, "bowed pad");
        put(m, 93, "metallic pad");
        put(m, 94, "halo pad");
        put(m, 95, "sweep pad");
        // Instruments of many lands
        put(m, 104, "sitar");
        put(m, 105, "banjo");
        put(m, 106, "shamisen");
        put(m, 107, "koto");
        put(m, 108, "kalimba", "mbira", "thumb piano");
        put(m, 109, "bagpipe", "bagpipes", "bag pipes", "highland pipes", "uilleann pipes");
        put(m, 111, "shehnai", "shanai");
        put(m, 114, "steel drums", "steel drum", "steelpan", "steel pan", "steel pans");
        put(m, 115, "woodblock", "wood block");
        put(m, 116, "taiko", "taiko drum", "taiko drums");
        // Effects that are named only with a word that says they are sounds
        put(m, 122, "seashore sound", "sound of the seashore", "seashore sounds");
        put(m, 125, "helicopter sound", "helicopter sounds");

        // Line-ups, in the usual score order
        put(m, List.of(40, 40, 41, 42), "string quartet");
        put(m, List.of(40, 41, 42), "string trio");
        put(m, List.of(0, 40, 42), "piano trio");
        put(m, List.of(56, 56, 60, 57, 58), "brass quintet");
        put(m, List.of(73, 68, 71, 60, 70), "wind quintet", "woodwind quintet");
        put(m, List.of(73, 68, 71, 70), "woodwinds", "woodwind section");
        put(m, List.of(0, 32), "jazz trio");
        put(m, List.of(42, 43), "low strings");

        // Words that hold an instrument name but name none
        put(m, List.of(), "bass drum", "bass drums", "bass line", "bass lines", "bass part", "bass note",
                "bass notes", "bass clef", "bass register", "bass heavy", "bass-heavy", "bass boost", "bass drop",
                "piano roll", "organ grinder", "horn honk", "car horn", "tape recorder", "string instrument",
                "bells and whistles", "voice leading", "voice over", "voice memo", "voice note", "voice message",
                "voice mail", "voice acting", "voice actor", "inner voice", "passive voice", "active voice");
        return m;
    }

    /** The display name for a word General MIDI has no program of its own for, or null. */
    static String standIn(String key) {
        return STAND_INS.get(key);
    }

    private static void put(Map<String, List<Integer>> m, int program, String... phrases) {
        put(m, List.of(program), phrases);
    }

    private static void put(Map<String, List<Integer>> m, List<Integer> programs, String... phrases) {
        for (String p : phrases) {
            m.put(Lexicon.key(p), programs);
        }
    }
}
