// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import static org.riffwire.api.music.Mode.MAJOR;
import static org.riffwire.api.music.Mode.MINOR;
import static org.riffwire.api.music.Mode.PHRYGIAN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Genres;

/**
 * The genres the generator knows, with their defaults, and the words people use for them. The ids are the
 * generator's keys for drum patterns, so they must not change.
 */
final class GenreTable {
    private static final Meter TWO_FOUR = new Meter(2, 4);
    private static final Meter THREE_FOUR = new Meter(3, 4);
    private static final Meter FOUR_FOUR = Meter.COMMON;
    private static final Meter SIX_EIGHT = new Meter(6, 8);
    private static final Meter NINE_EIGHT = new Meter(9, 8);
    private static final boolean DRUMS = true;
    private static final boolean NO_DRUMS = false;
    private static final boolean FORM = true;
    private static final boolean STYLE = false;
    private static final Mode ANY = null;

    // General MIDI programs the table uses, named so each row reads as a line-up.
    private static final int PIANO = 0;
    private static final int E_PIANO = 4;
    private static final int HARPSICHORD = 6;
    private static final int CLAVINET = 7;
    private static final int MUSIC_BOX = 10;
    private static final int HAMMOND = 16;
    private static final int CHURCH_ORGAN = 19;
    private static final int ACCORDION = 21;
    private static final int BANDONEON = 23;
    private static final int NYLON_GUITAR = 24;
    private static final int ACOUSTIC_GUITAR = 25;
    private static final int CLEAN_GUITAR = 27;
    private static final int OVERDRIVEN_GUITAR = 29;
    private static final int DISTORTION_GUITAR = 30;
    private static final int ACOUSTIC_BASS = 32;
    private static final int ELECTRIC_BASS = 33;
    private static final int SLAP_BASS = 36;
    private static final int SYNTH_BASS = 38;
    private static final int VIOLIN = 40;
    private static final int HARP = 46;
    private static final int TIMPANI = 47;
    private static final int STRINGS = 48;
    private static final int CHOIR = 52;
    private static final int VOICE = 53;
    private static final int TRUMPET = 56;
    private static final int TROMBONE = 57;
    private static final int TUBA = 58;
    private static final int FRENCH_HORN = 60;
    private static final int ALTO_SAX = 65;
    private static final int TENOR_SAX = 66;
    private static final int CLARINET = 71;
    private static final int FLUTE = 73;
    private static final int TIN_WHISTLE = 78;
    private static final int SQUARE_LEAD = 80;
    private static final int SAW_LEAD = 81;
    private static final int PAD = 88;
    private static final int WARM_PAD = 89;
    private static final int BANJO = 105;
    // The "Fiddle" program, brighter and folkier than the orchestral violin.
    private static final int FIDDLE = 110;

    /**
     * How an everyday word shows that it names a genre: a word before it that only music takes ("deep" house,
     * "hard" rock), whether another genre word before it counts ("folk rock", but not "a folk dance"), and whether
     * it is the piece itself after an article ("a march", "a military march", but not "the march of time").
     */
    record Context(Set<String> modifiers, boolean afterGenre, boolean headNoun) {
        Context {
            modifiers = Set.copyOf(modifiers);
        }
    }

    /**
     * A word for a genre. {@code meter} overrides the genre's own for words like "slip jig"; {@code context} is null
     * for words that mean nothing but the genre, and says when an everyday word ("house", "rock") means it;
     * {@code adjective} words ("funky", "jazzy") only suggest the genre. A null genre marks words that hold a genre
     * name but name none ("blues scale"), so the shorter word is not read.
     */
    record Word(Genre genre, Meter meter, Context context, boolean adjective) {
    }

    private final List<Genre> genres = new ArrayList<>();
    private final Map<String, Word> words = new HashMap<>();

    GenreTable() {
        //    id               slowest fastest meter    drums     mode   kind   instruments
        add("pop",              100, 124, FOUR_FOUR, DRUMS,    MAJOR, STYLE, PIANO, SAW_LEAD, ELECTRIC_BASS);
        add("rock",             110, 140, FOUR_FOUR, DRUMS,    ANY,   STYLE, OVERDRIVEN_GUITAR, ELECTRIC_BASS);
        add("metal",            140, 180, FOUR_FOUR, DRUMS,    MINOR, STYLE, DISTORTION_GUITAR, ELECTRIC_BASS);
        add("punk",             160, 190, FOUR_FOUR, DRUMS,    ANY,   STYLE, DISTORTION_GUITAR, ELECTRIC_BASS);
        add("folk",              90, 115, FOUR_FOUR, NO_DRUMS, ANY,   STYLE, ACOUSTIC_GUITAR, VIOLIN);
        add("country",          100, 130, FOUR_FOUR, DRUMS,    MAJOR, STYLE, ACOUSTIC_GUITAR, VIOLIN, ELECTRIC_BASS);
        add("blues",             70, 100, FOUR_FOUR, DRUMS,    ANY,   STYLE, CLEAN_GUITAR, PIANO, ELECTRIC_BASS);
        add("jazz",             120, 160, FOUR_FOUR, DRUMS,    ANY,   STYLE, PIANO, ACOUSTIC_BASS, ALTO_SAX);
        // Ballads are played with brushes: quiet, but drums all the same.
        add("jazz ballad",       60,  80, FOUR_FOUR, DRUMS,    ANY,   STYLE, PIANO, ACOUSTIC_BASS, TENOR_SAX);
        add("swing",            130, 180, FOUR_FOUR, DRUMS,    ANY,   STYLE, TRUMPET, ALTO_SAX, TROMBONE, PIANO,
                ACOUSTIC_BASS);
        add("bossa nova",       120, 140, FOUR_FOUR, DRUMS,    ANY,   STYLE, NYLON_GUITAR, ACOUSTIC_BASS);
        add("samba",             95, 105, TWO_FOUR,  DRUMS,    ANY,   STYLE, NYLON_GUITAR, ACOUSTIC_BASS, FLUTE);
        add("tango",            110, 130, FOUR_FOUR, NO_DRUMS, MINOR, FORM,  BANDONEON, VIOLIN, PIANO, ACOUSTIC_BASS);
        add("salsa",            160, 200, FOUR_FOUR, DRUMS,    ANY,   STYLE, PIANO, ACOUSTIC_BASS, TRUMPET, TROMBONE);
        add("reggae",            70,  90, FOUR_FOUR, DRUMS,    ANY,   STYLE, CLEAN_GUITAR, HAMMOND, ELECTRIC_BASS);
        add("ska",              150, 170, FOUR_FOUR, DRUMS,    MAJOR, STYLE, CLEAN_GUITAR, ELECTRIC_BASS, TRUMPET,
                TROMBONE);
        add("funk",              95, 115, FOUR_FOUR, DRUMS,    ANY,   STYLE, SLAP_BASS, CLEAN_GUITAR, CLAVINET);
        add("disco",            115, 125, FOUR_FOUR, DRUMS,    ANY,   STYLE, ELECTRIC_BASS, CLEAN_GUITAR, STRINGS);
        add("house",            120, 128, FOUR_FOUR, DRUMS,    ANY,   STYLE, PIANO, SYNTH_BASS, PAD);
        add("techno",           125, 135, FOUR_FOUR, DRUMS,    MINOR, STYLE, SYNTH_BASS, SAW_LEAD, PAD);
        add("trance",           132, 140, FOUR_FOUR, DRUMS,    MINOR, STYLE, SAW_LEAD, SYNTH_BASS, PAD);
        add("drum and bass",    170, 178, FOUR_FOUR, DRUMS,    MINOR, STYLE, SYNTH_BASS, PAD);
        add("hip hop",           85,  95, FOUR_FOUR, DRUMS,    MINOR, STYLE, PIANO, SYNTH_BASS);
        add("lofi hip hop",      70,  90, FOUR_FOUR, DRUMS,    ANY,   STYLE, E_PIANO, SYNTH_BASS);
        add("synthwave",         80, 110, FOUR_FOUR, DRUMS,    MINOR, STYLE, SAW_LEAD, SYNTH_BASS, PAD);
        add("chiptune",         130, 160, FOUR_FOUR, DRUMS,    MAJOR, STYLE, SQUARE_LEAD, SAW_LEAD, SYNTH_BASS);
        add("ambient",           60,  80, FOUR_FOUR, NO_DRUMS, ANY,   STYLE, PAD, WARM_PAD);
        add("cinematic",         70, 100, FOUR_FOUR, NO_DRUMS, MINOR, STYLE, STRINGS, FRENCH_HORN, TIMPANI);
        add("classical",         80, 120, FOUR_FOUR, NO_DRUMS, ANY,   STYLE, PIANO, STRINGS);
        add("baroque",           90, 120, FOUR_FOUR, NO_DRUMS, ANY,   STYLE, HARPSICHORD, STRINGS);
        add("chorale",           60,  80, FOUR_FOUR, NO_DRUMS, MAJOR, FORM,  CHOIR, CHURCH_ORGAN);
        add("fanfare",          100, 120, FOUR_FOUR, NO_DRUMS, MAJOR, FORM,  TRUMPET, FRENCH_HORN, TROMBONE, TUBA,
                TIMPANI);
        add("lullaby",           60,  75, THREE_FOUR, NO_DRUMS, MAJOR, FORM, MUSIC_BOX, HARP);
        add("waltz",            120, 150, THREE_FOUR, NO_DRUMS, MAJOR, FORM, STRINGS, PIANO);
        add("march",            110, 125, TWO_FOUR,  DRUMS,    MAJOR, FORM,  TRUMPET, FRENCH_HORN, TROMBONE, TUBA);
        // Jigs and reels are counted in dotted quarters and halves; these are the quarter-note equivalents.
        add("jig",              150, 180, SIX_EIGHT, NO_DRUMS, MAJOR, FORM,  VIOLIN, FLUTE, ACOUSTIC_GUITAR);
        add("reel",             160, 200, FOUR_FOUR, NO_DRUMS, MAJOR, FORM,  VIOLIN, TIN_WHISTLE, ACOUSTIC_GUITAR);
        add("polka",            110, 130, TWO_FOUR,  DRUMS,    MAJOR, FORM,  ACCORDION, TUBA, CLARINET);
        add("celtic",           100, 130, FOUR_FOUR, NO_DRUMS, ANY,   STYLE, VIOLIN, TIN_WHISTLE, ACOUSTIC_GUITAR);
        add("gospel",            70, 100, FOUR_FOUR, DRUMS,    MAJOR, STYLE, HAMMOND, CHOIR, PIANO);
        // A ballad is a slow song before it is any style, so it leads like a form: "a folk ballad" is slow.
        add("ballad",            60,  80, FOUR_FOUR, NO_DRUMS, ANY,   FORM,  PIANO, STRINGS);
        add("power ballad",      60,  80, FOUR_FOUR, DRUMS,    ANY,   FORM,  PIANO, STRINGS, OVERDRIVEN_GUITAR,
                ELECTRIC_BASS);
        add("soft rock",         80, 110, FOUR_FOUR, DRUMS,    MAJOR, STYLE, ACOUSTIC_GUITAR, PIANO, ELECTRIC_BASS);
        add("minuet",           100, 120, THREE_FOUR, NO_DRUMS, MAJOR, FORM, HARPSICHORD, STRINGS);
        add("bluegrass",        110, 150, FOUR_FOUR, NO_DRUMS, MAJOR, STYLE, BANJO, FIDDLE, ACOUSTIC_GUITAR,
                ACOUSTIC_BASS);
        // Castanets and hand claps are the percussion; the Phrygian colour is the Andalusian cadence.
        add("flamenco",         100, 140, THREE_FOUR, DRUMS,   PHRYGIAN, STYLE, NYLON_GUITAR);
        // Sung to a lilting 6/8 stride; the tempo is the quarter-note equivalent of a dotted quarter near 75.
        add("sea shanty",       100, 130, SIX_EIGHT, NO_DRUMS, ANY,   FORM,  ACCORDION, VIOLIN, VOICE);
        add("trap",             130, 150, FOUR_FOUR, DRUMS,    MINOR, STYLE, SYNTH_BASS, PIANO);
        add("dubstep",          138, 142, FOUR_FOUR, DRUMS,    MINOR, STYLE, SYNTH_BASS, SAW_LEAD);
        add("r&b",               70, 100, FOUR_FOUR, DRUMS,    ANY,   STYLE, E_PIANO, ELECTRIC_BASS);

        // Every id is a word for itself; these are the other words.
        say("lofi hip hop", "lo-fi", "lofi", "lo fi", "lo-fi hip hop", "lofi hip-hop", "lo fi hip hop", "chillhop",
                "lofi beats", "lo-fi beats");
        say("drum and bass", "dnb", "drum & bass", "drum'n'bass", "drum n bass", "drum 'n' bass", "drumnbass",
                "liquid dnb");
        say("house", "edm", "dance music", "electronic dance music", "deep house", "acid house", "electronic music");
        say("chorale", "hymn");
        say("rock", "rock and roll", "rock 'n' roll", "rock n roll", "rock'n'roll", "classic rock", "hard rock");
        say("metal", "heavy metal");
        say("punk", "punk rock", "pop punk");
        say("hip hop", "hip-hop", "hiphop", "rap", "boom bap", "boom-bap");
        say("synthwave", "80s synth", "retrowave", "synth wave");
        say("chiptune", "8-bit", "8 bit", "chip tune", "chipmusic");
        say("cinematic", "orchestral", "epic film score", "film score", "film music", "movie score",
                "movie soundtrack");
        say("celtic", "irish", "scottish");
        say("bossa nova", "bossa");
        say("swing", "big band", "swing band", "western swing", "electro swing");
        say("jazz", "bebop", "jazz trio");
        say("march", "marching band");
        say("classical", "classical music");
        say("country", "country and western", "country & western");
        say("pop", "dance pop", "dance-pop", "synth pop", "synth-pop", "synthpop");
        say("trance", "psytrance", "psy trance", "psy-trance");
        say("power ballad", "rock ballad");
        say("sea shanty", "shanty", "sea shanties", "sea-shanty");
        say("r&b", "rnb", "r 'n' b", "r n b", "rhythm and blues", "neo soul", "neo-soul");
        say("ambient", "new age music");
        sayWithMeter("jig", NINE_EIGHT, "slip jig");
        sayWithMeter("celtic", FOUR_FOUR, "hornpipe");

        // Everyday words that name a genre only where the words around them are about music.
        Context style = new Context(Set.of(), true, false);
        sayInContext("house", new Context(Set.of("deep", "acid", "tech", "tribal", "progressive", "french",
                "chicago", "soulful", "vocal", "afro", "future", "electro", "tropical", "minimal", "jackin"), true,
                false), "house");
        sayInContext("house", style, "electronic");
        sayInContext("rock", new Context(Set.of("hard", "classic", "indie", "alt", "alternative", "psychedelic",
                "psych", "glam", "southern", "surf", "art", "stoner", "prog", "progressive", "garage", "yacht",
                "arena", "math", "post", "space", "kraut", "acid"), true, false), "rock");
        sayInContext("metal", new Context(Set.of("death", "black", "thrash", "doom", "speed", "power", "nu",
                "symphonic", "gothic", "industrial", "prog", "progressive", "glam", "sludge", "viking"), true, false),
                "metal");
        sayInContext("country", new Context(Set.of("alt", "outlaw", "classic", "bro", "cosmic", "americana"), true,
                false), "country");
        sayInContext("swing", new Context(Set.of("gypsy"), true, false), "swing");
        sayInContext("pop", new Context(Set.of("k", "j", "c", "brit", "dream", "power", "electro", "euro", "teen",
                "bubblegum", "indie", "art", "chamber", "bedroom", "hyper", "city", "synth"), true, false), "pop");
        sayInContext("folk", new Context(Set.of("indie", "psych", "psychedelic", "freak", "contemporary",
                "traditional", "nordic", "americana", "neo", "anti"), true, false), "folk");
        sayInContext("drum and bass", new Context(Set.of("ragga", "liquid"), true, false), "jungle");
        sayInContext("r&b", new Context(Set.of("northern", "southern", "deep", "philly", "classic", "motown"), true,
                false), "soul");
        sayInContext("trance", new Context(Set.of("uplifting", "progressive", "psy", "vocal", "goa", "hard",
                "acid"), true, false), "trance");
        sayInContext("trap", style, "trap");
        sayInContext("salsa", style, "latin");
        sayInContext("synthwave", style, "outrun");
        sayInContext("ambient", style, "new age");
        sayInContext("march", new Context(Set.of("military", "funeral", "wedding", "quick", "slow", "grand",
                "triumphal", "triumphant", "stately", "brisk", "regimental", "ceremonial", "processional", "bridal",
                "toy", "wooden", "sousa", "festive", "royal", "imperial", "turkish", "radetzky", "victory"), true,
                true), "march");
        // "dance" after a genre is that genre's dance ("a folk dance"), not dance music.
        sayInContext("house", new Context(Set.of(), false, false), "dance");

        // Adjectives lean towards a genre without naming it: a "funky bassline" need not be funk.
        sayAdjective("funk", "funky");
        sayAdjective("jazz", "jazzy");
        sayAdjective("blues", "bluesy");
        sayAdjective("folk", "folky");
        sayAdjective("r&b", "soulful");

        // Words that hold a genre's name but name none.
        for (String none : new String[] {"blues scale", "blues scales", "house number", "house numbers",
                "shanty town", "swing set", "rock bottom", "pop up", "pop-up"}) {
            words.put(Lexicon.key(none), new Word(null, null, null, false));
        }
    }

    private void add(String id, int slowest, int fastest, Meter meter, boolean drums, Mode mode, boolean form,
            int... instruments) {
        if (!Genres.isKnown(id)) {
            throw new IllegalStateException("genre '" + id + "' is not in the API's Genres.IDS");
        }
        List<Integer> programs = new ArrayList<>();
        for (int p : instruments) {
            programs.add(p);
        }
        Genre g = new Genre(id, slowest, fastest, meter, drums, mode, form, programs);
        genres.add(g);
        words.put(Lexicon.key(id), new Word(g, null, null, false));
    }

    private void say(String id, String... phrases) {
        Genre g = genre(id);
        for (String p : phrases) {
            words.put(Lexicon.key(p), new Word(g, null, null, false));
        }
    }

    private void sayInContext(String id, Context context, String... phrases) {
        Genre g = genre(id);
        for (String p : phrases) {
            words.put(Lexicon.key(p), new Word(g, null, context, false));
        }
    }

    private void sayAdjective(String id, String... phrases) {
        Genre g = genre(id);
        for (String p : phrases) {
            words.put(Lexicon.key(p), new Word(g, null, null, true));
        }
    }

    private void sayWithMeter(String id, Meter meter, String... phrases) {
        Genre g = genre(id);
        for (String p : phrases) {
            words.put(Lexicon.key(p), new Word(g, meter, null, false));
        }
    }

    Genre genre(String id) {
        for (Genre g : genres) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no genre " + id);
    }

    List<Genre> genres() {
        return List.copyOf(genres);
    }

    Map<String, Word> words() {
        return Map.copyOf(words);
    }
}
