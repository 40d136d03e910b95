// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;
import java.util.Objects;

import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;

/**
 * A typed field of a {@link MusicSpec}. The constants below are the whole vocabulary; adding one is a minor
 * version change of this package.
 *
 * @param <T> the type of the field's value
 */
public final class SpecField<T> {
    /** Quarter notes per minute. */
    public static final SpecField<Double> TEMPO = new SpecField<>("tempo", Double.class);
    /** Tonic pitch class, 0 = C. */
    public static final SpecField<Integer> TONIC = new SpecField<>("tonic", Integer.class);
    public static final SpecField<Mode> MODE = new SpecField<>("mode", Mode.class);
    public static final SpecField<Meter> METER = new SpecField<>("meter", Meter.class);
    public static final SpecField<Length> LENGTH = new SpecField<>("length", Length.class);
    public static final SpecField<InstrumentList> INSTRUMENTS = new SpecField<>("instruments", InstrumentList.class);
    public static final SpecField<Boolean> DRUMS = new SpecField<>("drums", Boolean.class);
    /** A genre or form id such as "waltz" or "drum and bass". */
    public static final SpecField<String> GENRE = new SpecField<>("genre", String.class);
    /** Pitch classes every pitched part is limited to. */
    public static final SpecField<PitchSet> PITCH_SET = new SpecField<>("pitch set", PitchSet.class);
    /** Pitch classes the melody alone is limited to. */
    public static final SpecField<PitchSet> MELODY_PITCH_SET = new SpecField<>("melody pitch set", PitchSet.class);
    /** Pitch classes the bass part alone is limited to. */
    public static final SpecField<PitchSet> BASS_PITCH_SET = new SpecField<>("bass pitch set", PitchSet.class);
    /** Notes the melody must open with (a note list or an ABC tune). */
    public static final SpecField<NoteSequence> OPENING = new SpecField<>("opening notes", NoteSequence.class);
    public static final SpecField<Dynamics> DYNAMICS = new SpecField<>("dynamics", Dynamics.class);
    /** Valence in [-1, 1]: negative sad, positive happy. */
    public static final SpecField<Double> VALENCE = new SpecField<>("valence", Double.class);
    /** Arousal in [-1, 1]: negative calm, positive intense. */
    public static final SpecField<Double> AROUSAL = new SpecField<>("arousal", Double.class);
    public static final SpecField<String> TITLE = new SpecField<>("title", String.class);
    /** Where the parts sit in their instruments' ranges, in [-1, 1]: -1 low, 0 the middle, 1 high. */
    public static final SpecField<Double> REGISTER = new SpecField<>("register", Double.class);
    /** How busy the melody is, in [0, 1]: 0 long held notes, 1 running notes. */
    public static final SpecField<Double> DENSITY = new SpecField<>("density", Double.class);
    /** How intensity moves over the piece: the loudness arc. */
    public static final SpecField<Arc> ARC = new SpecField<>("arc", Arc.class);

    /**
     * Parts written as patterns (Strudel mini-notation), played exactly, and the parts to add around them.
     *
     * @since 2.2 (package version; API release 2.3.0)
     */
    public static final SpecField<Patterns> PATTERNS = new SpecField<>("patterns", Patterns.class);

    private static final List<SpecField<?>> ALL = List.of(TEMPO, TONIC, MODE, METER, LENGTH, INSTRUMENTS, DRUMS,
            GENRE, PITCH_SET, MELODY_PITCH_SET, BASS_PITCH_SET, OPENING, DYNAMICS, VALENCE, AROUSAL, TITLE, REGISTER,
            DENSITY, ARC, PATTERNS);

    private final String name;
    private final Class<T> type;

    private SpecField(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static List<SpecField<?>> all() {
        return ALL;
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** Checks and casts a value to this field's type. */
    public T cast(Object value) {
        return type.cast(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String toString() {
        return name;
    }
}
