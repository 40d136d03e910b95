// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.KrumhanslKessler;
import org.riffwire.api.analysis.ScoreConformance;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.propertytypes.Honours;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.propertytypes.Options;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.Defaults;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.NoteSequence;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.onnx.api.OnnxModel;

/**
 * A rule-based, seeded arranger: melody, harmony, bass and drums that honour every explicit value of the spec.
 * The same spec and seed give the same score. Each part draws from its own random stream, so changing one
 * part's rules does not reshuffle the others.
 */
@Component(service = Generator.class)
@Name("symbolic")
@Produces(Produces.SCORE)
@Options({"melody"})
@Honours(exact = {"tempo", "tonic", "mode", "meter", "length", "instruments", "drums", "pitch set",
        "melody pitch set", "bass pitch set", "opening notes", "patterns"}, approximate = {"genre", "dynamics", "valence", "arousal", "register", "density", "arc"})
public final class SymbolicGenerator implements Generator {
    static final double MIN_TEMPO = Defaults.SLOWEST_TEMPO;
    static final double MAX_TEMPO = Defaults.FASTEST_TEMPO;
    static final double MIN_SECONDS = 2;
    static final double MAX_SECONDS = 600;

    /** The twelve pitch classes, in order (what is allowed where the prompt limits nothing). */
    static final Set<Integer> ALL_PITCH_CLASSES = java.util.Collections.unmodifiableSortedSet(
            new TreeSet<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));

    /** Draws of the melody model tried before the rules write the melody. */
    static final int KEY_DRAWS = 4;

    private volatile Melodies melodies = Melodies.NONE;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(riffwire.model.kind=melody)")
    void bindMelodyModel(OnnxModel model) {
        this.melodies = Melodies.of(model);
    }

    void unbindMelodyModel(OnnxModel model) {
        if (melodies.model() == model) {
            melodies = Melodies.NONE;
        }
    }

    @Override
    public String status() {
        return melodies.status();
    }

    /** The score and where its melody came from. */
    private record Arrangement(Score score, String melody) {
    }

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        Arrangement arrangement = arrange(spec, context);
        Score score = arrangement.score();
        List<String> problems = ScoreConformance.check(spec, score).stream().filter(c -> !c.passed())
                .map(c -> c.constraint() + ": expected " + c.expected() + ", made " + c.measured()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the symbolic generator broke its own constraints: " + String.join("; ", problems));
        }
        return Piece.ofScore(spec, score, Map.of("generator", "symbolic", "seed", Long.toString(context.seed()),
                "melody", arrangement.melody()));
    }

    private Arrangement arrange(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        double tempo = spec.tempo().orElse(Defaults.TEMPO);
        if (tempo < MIN_TEMPO || tempo > MAX_TEMPO) {
            throw new UnsatisfiableSpecException(String.format("a tempo of %.0f bpm is outside %.0f–%.0f bpm", tempo, MIN_TEMPO, MAX_TEMPO));
        }
        Meter meter = spec.meter().orElse(Meter.COMMON);
        Mode mode = spec.get(SpecField.MODE).orElse(Mode.MAJOR);
        Set<Integer> all = ALL_PITCH_CLASSES;
        PitchSet pitchSet = spec.get(SpecField.PITCH_SET).orElse(null);
        PitchSet melodySet = spec.get(SpecField.MELODY_PITCH_SET).orElse(null);
        java.util.Optional<Integer> tonic = spec.get(SpecField.TONIC);
        if (tonic.isEmpty() && pitchSet == null && melodySet == null) {
            tonic = java.util.Optional.of(commonTonic(mode, context.seed()));
        }
        Key key = KeyChooser.choose(tonic, mode, pitchSet != null ? pitchSet : melodySet != null ? melodySet : PitchSet.of(all));
        Set<Integer> harmonyAllowed = pitchSet != null ? pitchSet.pitchClasses() : all;
        Set<Integer> scale = scale(key);
        Set<Integer> melodyAllowed = intersect(pitchSet != null ? pitchSet.pitchClasses() : null,
                melodySet != null ? melodySet.pitchClasses() : null, scale);
        PitchSet bassSet = spec.get(SpecField.BASS_PITCH_SET).orElse(null);
        Set<Integer> bassAllowed = new TreeSet<>(pitchSet != null ? pitchSet.pitchClasses() : scale);
        if (bassSet != null) {
            bassAllowed.retainAll(bassSet.pitchClasses());
            if (bassAllowed.isEmpty()) {
                throw new UnsatisfiableSpecException("the bass's notes " + bassSet + " share no note with the piece's notes "
                        + (pitchSet != null ? pitchSet : "in " + key) + ": the bass would have nothing to play");
            }
        }
        if (melodyAllowed.isEmpty()) {
            throw new UnsatisfiableSpecException("the melody's notes " + melodySet + " share no note with the piece's notes "
                    + pitchSet + ": the melody would have nothing to play");
        }

        List<Instrument> instruments = spec.get(SpecField.INSTRUMENTS).map(InstrumentList::instruments)
                .orElse(List.of(new Instrument(0, "Acoustic Grand Piano", null)));
        if (instruments.size() > 15) {
            throw new UnsatisfiableSpecException(instruments.size() + " instruments were asked for; MIDI has room for 15 pitched parts");
        }
        List<Orchestration.Part> parts = Orchestration.assign(instruments);
        int velocity = spec.get(SpecField.DYNAMICS).orElse(Dynamics.MF).velocity();
        double arousal = spec.get(SpecField.AROUSAL).orElse(Math.max(-1, Math.min(1, (tempo - 105) / 60)));
        Style style = Style.forGenre(spec.get(SpecField.GENRE).orElse(null), arousal < -0.3);
        int barTicks = meter.barTicks(Frame.PPQ);
        int beatTicks = meter.isCompound() ? Frame.PPQ / 2 : Frame.PPQ * 4 / meter.denominator();
        double register = spec.get(SpecField.REGISTER).orElse(0.0);
        InstrumentRange melodyRange = parts.get(0).range().registered(register);
        // How busy the melody is: a stated density, else the style's and the arousal's.
        double busyness = spec.get(SpecField.DENSITY).map(d -> 0.25 * style.density() + 0.7 * d - 0.05)
                .orElse(0.35 * style.density() + 0.2 * arousal);

        Opening opening = spec.get(SpecField.OPENING)
                .map(seq -> Opening.place(seq, melodyRange, beatTicks, velocity + 6)).orElse(null);
        boolean soloOpening = opening != null && !spec.get(SpecField.OPENING).map(NoteSequence::hasDurations).orElse(false);

        double ticksPerSecond = tempo / 60.0 * Frame.PPQ;
        Length length = spec.get(SpecField.LENGTH).orElse(Defaults.LENGTH);
        boolean lengthExplicit = spec.isExplicit(SpecField.LENGTH);
        long lengthTicks = length.isBars() ? (long) length.bars() * barTicks : Math.round(length.seconds() * ticksPerSecond);
        if (opening != null) {
            long needed = opening.endTick();
            if (needed > lengthTicks && lengthExplicit) {
                throw new UnsatisfiableSpecException(String.format(
                        "the opening notes last %.1f s, longer than the requested %s", needed / ticksPerSecond, length));
            }
            if (!lengthExplicit && !soloOpening) {
                // A written tune with no length asked is the piece: it ends where the tune ends, pick-up and all,
                // with nothing appended (a tune shorter than the shortest piece is continued to that length).
                lengthTicks = Math.max(needed, Math.round(MIN_SECONDS * ticksPerSecond));
            } else if (needed > lengthTicks) {
                lengthTicks = ((needed + barTicks - 1) / barTicks) * barTicks;
            }
        }
        double seconds = lengthTicks / ticksPerSecond;
        if (seconds < MIN_SECONDS - 1e-9 || seconds > MAX_SECONDS + 1e-9) {
            throw new UnsatisfiableSpecException(String.format("a length of %.1f s is outside %.0f s–%.0f minutes",
                    seconds, MIN_SECONDS, MAX_SECONDS / 60));
        }
        int bars = (int) Math.max(1, Math.round((double) lengthTicks / barTicks));
        if ((long) (bars - 1) * barTicks >= lengthTicks) {
            bars--;
        }
        int soloBars = soloOpening ? (int) Math.min(bars, (opening.endTick() + barTicks - 1) / barTicks) : 0;
        if (soloBars == bars && bars > 1 && !lengthExplicit) {
            bars++;
            lengthTicks = (long) bars * barTicks;
        }
        Frame frame = new Frame(meter, bars, lengthTicks, soloBars);
        context.checkCancelled();
        if (spec.get(SpecField.PATTERNS).isPresent()) {
            // Written patterns are the piece: they play as written, and only parts the prompt asks for join them.
            int patternBars = (int) ((lengthTicks + barTicks - 1) / barTicks);
            Score written = PatternArranger.arrange(spec, spec.get(SpecField.PATTERNS).get(), tempo, meter, lengthTicks,
                    patternBars, style, velocity, context.seed());
            context.progress(0.9, "arranged");
            return new Arrangement(spec.get(SpecField.ARC).map(arc -> Arcs.shape(written, arc)).orElse(written), "pattern");
        }

        long seed = context.seed();
        HarmonyPlanner planner = new HarmonyPlanner(key, harmonyAllowed, style.comping() == Style.Comping.COMP);
        MelodySource.Plan plan = new MelodySource.Plan(spec, frame, key, meter, planner, melodyAllowed, melodyRange, style, arousal, busyness, opening, soloOpening, velocity + 6, seed);
        Melodies.Choice choice = melodies.choose(context.options().get("melody"), spec, meter, mode, parts.size());
        String why = choice.why();
        if (choice.source() != null) {
            // Each draw keeps every hard constraint by construction; it is kept whole, or drawn again, by whether
            // its notes imply the key asked, as a listener's key finder hears them.
            for (int draw = 0; draw < KEY_DRAWS; draw++) {
                java.util.Optional<MelodySource.Melody> learned = choice.source().write(plan, draw);
                if (learned.isEmpty()) {
                    why = "the opening cannot be said in the model's tokens";
                    break;
                }
                Score score = accompany(spec, frame, learned.get(), style, velocity, parts, seed, tempo, meter, key,
                        lengthTicks, register, bassAllowed, context);
                // A pitch set is the tonality itself: a key finder has no key for five notes to settle in.
                if (pitchSet != null || melodySet != null || impliesKey(score, key)) {
                    return new Arrangement(score, learned.get().source());
                }
                why = KEY_DRAWS + " draws of the model did not settle in " + key;
            }
        }
        // The rules too are heard by the key finder: a pentatonic set (C D E G A) fits several keys, and one draw's
        // weight of notes may lean to another. The first draw that implies the key is kept, else the first.
        Arrangement first = null;
        for (int draw = 0; draw < KEY_DRAWS; draw++) {
            long drawSeed = seed + draw * 0x9E3779B97F4A7C15L;
            MelodySource.Plan drawn = draw == 0 ? plan : new MelodySource.Plan(spec, frame, key, meter, planner,
                    melodyAllowed, melodyRange, style, arousal, busyness, opening, soloOpening, velocity + 6, drawSeed);
            MelodySource.Melody melody = new RuleMelodySource(why).write(drawn, draw).orElseThrow();
            Arrangement arrangement = new Arrangement(accompany(spec, frame, melody, style, velocity, parts, drawSeed,
                    tempo, meter, key, lengthTicks, register, bassAllowed, context), melody.source());
            if (impliesKey(arrangement.score(), key)) {
                context.progress(0.6, "melody written");
                return arrangement;
            }
            first = first == null ? arrangement : first;
        }
        context.progress(0.6, "melody written");
        return first;
    }

    /** The parts around the melody: chords, voices, bass and drums, orchestrated; the arc applied last. */
    private static Score accompany(MusicSpec spec, Frame frame, MelodySource.Melody melody, Style style, int velocity,
            List<Orchestration.Part> parts, long seed, double tempo, Meter meter, Key key,
            long lengthTicks, double register, Set<Integer> bassAllowed, GenerationContext context) {
        List<Track> tracks = new ArrayList<>();
        AccompanimentWriter band = new AccompanimentWriter(frame, melody.chords(), style, velocity - 10, new Random(seed ^ 0xBA5EL));
        int channel = 0;
        for (Orchestration.Part part : parts) {
            List<Note> notes = switch (part.figure()) {
                case MELODY -> melody.notes();
                case CHORDS -> band.chords(part.range().registered(register));
                case VOICE -> band.sustainedVoice(part.range().registered(register), part.voice());
                case BASS -> band.bass(part.range(), bassAllowed);
            };
            tracks.add(new Track(part.trackName(), part.role(), part.instrument().program(), channel, notes));
            channel = channel == 8 ? 10 : channel + 1;
        }
        if (spec.get(SpecField.DRUMS).orElse(false)) {
            List<Note> drums = new DrumWriter(frame, style, velocity, new Random(seed ^ 0xD2D2L)).write();
            tracks.add(new Track("Drums", TrackRole.DRUMS, 0, Track.DRUM_CHANNEL, drums));
        }
        context.progress(0.9, "arranged");
        Score score = new Score(Frame.PPQ, tempo, meter, key, tracks, lengthTicks);
        return spec.get(SpecField.ARC).map(arc -> Arcs.shape(score, arc)).orElse(score);
    }

    /** Whether the pitched notes, weighted by their lengths, imply the key (Krumhansl–Kessler). */
    private static boolean impliesKey(Score score, Key key) {
        List<Note> pitched = new ArrayList<>();
        for (Track t : score.tracks()) {
            if (!t.isDrums()) {
                pitched.addAll(t.notes());
            }
        }
        return heardKey(pitched).equals(key);
    }

    /** The key notes imply to a listener, weighted by their lengths (Krumhansl-Kessler). */
    static Key heardKey(List<Note> notes) {
        double[] profile = new double[12];
        for (Note n : notes) {
            profile[n.pitchClass()] += n.durationTicks();
        }
        return KrumhanslKessler.estimate(profile).key();
    }

    // Keys players reach for first, so an unspecified key sounds familiar: sharps and flats up to three.
    private static final int[] COMMON_MAJOR_TONICS = {0, 7, 2, 9, 5, 10, 3};
    private static final int[] COMMON_MINOR_TONICS = {9, 4, 2, 7, 0, 11, 5};

    /** A common key drawn from the seed, for prompts that name none. */
    private static int commonTonic(Mode mode, long seed) {
        int[] choices = mode.isMinorLike() ? COMMON_MINOR_TONICS : COMMON_MAJOR_TONICS;
        return choices[(int) Math.floorMod(seed * 31 + 7, (long) choices.length)];
    }

    static Set<Integer> scale(Key key) {
        Set<Integer> pcs = new LinkedHashSet<>();
        for (int d = 0; d < 7; d++) {
            pcs.add(key.degree(d));
        }
        return pcs;
    }

    /** The pitch set and the melody set together; the key's scale when the prompt gave neither. */
    private static Set<Integer> intersect(Set<Integer> a, Set<Integer> b, Set<Integer> scale) {
        if (a == null && b == null) {
            return scale;
        }
        Set<Integer> out = new TreeSet<>(a != null ? a : b);
        if (a != null && b != null) {
            out.retainAll(b);
        }
        return out;
    }
}
