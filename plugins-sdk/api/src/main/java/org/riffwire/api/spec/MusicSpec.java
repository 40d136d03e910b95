// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.music.Score;

/**
 * The resolved request: at most one value per field, each with its provenance. Built only by
 * {@link #merge(List)}, the single place where patches meet.
 */
public final class MusicSpec {
    private final Map<SpecField<?>, SpecValue<?>> values;

    private MusicSpec(Map<SpecField<?>, SpecValue<?>> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Merges patches into one spec. For each field the strongest value wins (explicit over inferred over
     * default); among inferred or default values the most confident wins, then the earliest patch. Two explicit
     * values that differ are a contradiction, and so are explicit values of different fields that cannot both
     * hold (a tonic outside an explicit pitch set, opening notes outside it).
     *
     * @throws SpecConflictException naming both sources of every contradiction found
     */
    public static MusicSpec merge(List<SpecPatch> patches) throws SpecConflictException {
        Map<SpecField<?>, SpecValue<?>> chosen = new LinkedHashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (SpecField<?> field : SpecField.all()) {
            SpecValue<?> best = null;
            for (SpecPatch patch : patches) {
                for (SpecValue<?> candidate : patch.values()) {
                    if (candidate.field() != field) {
                        continue;
                    }
                    if (best == null || beats(candidate, best)) {
                        best = candidate;
                    } else if (candidate.strength() == Strength.EXPLICIT && best.strength() == Strength.EXPLICIT
                            && !candidate.value().equals(best.value())) {
                        conflicts.add(new Conflict(best, candidate,
                                field.name() + " cannot be both " + best.value() + " and " + candidate.value()));
                    }
                }
            }
            if (best != null) {
                chosen.put(field, best);
            }
        }
        checkPitchSets(chosen, conflicts);
        if (!conflicts.isEmpty()) {
            throw new SpecConflictException(conflicts);
        }
        return new MusicSpec(chosen);
    }

    private static boolean beats(SpecValue<?> candidate, SpecValue<?> best) {
        int byStrength = candidate.strength().compareTo(best.strength());
        if (byStrength != 0) {
            return byStrength > 0;
        }
        return candidate.strength() != Strength.EXPLICIT
                && candidate.provenance().confidence() > best.provenance().confidence();
    }

    private static void checkPitchSets(Map<SpecField<?>, SpecValue<?>> chosen, List<Conflict> conflicts) {
        SpecValue<?> all = chosen.get(SpecField.PITCH_SET);
        SpecValue<?> melody = chosen.get(SpecField.MELODY_PITCH_SET);
        SpecValue<?> tonic = chosen.get(SpecField.TONIC);
        SpecValue<?> opening = chosen.get(SpecField.OPENING);
        if (all != null && tonic != null) {
            PitchSet set = (PitchSet) all.value();
            int pc = (Integer) tonic.value();
            if (!set.contains(pc)) {
                SpecValue<?> modeValue = chosen.get(SpecField.MODE);
                Key key = new Key(pc, modeValue == null ? Mode.MAJOR : (Mode) modeValue.value());
                // A piece can be in D major without sounding D, cadencing on F# and A: only a set that holds
                // neither the tonic nor both other tones of its triad cannot express the key.
                boolean expressible = set.contains(key.degree(2)) && set.contains(key.degree(4));
                if (expressible) {
                    // Kept: the generator cadences on the triad's other tones.
                } else if (tonic.strength() == Strength.EXPLICIT && all.strength() == Strength.EXPLICIT) {
                    conflicts.add(new Conflict(tonic, all, "the allowed notes " + set + " cannot sound " + key
                            + ": they hold neither its tonic " + PitchClass.name(pc) + " nor both its "
                            + PitchClass.name(key.degree(2)) + " and " + PitchClass.name(key.degree(4))));
                } else {
                    // A guessed tonic yields to an explicit pitch set: the generator picks a tonic from the set.
                    chosen.remove(SpecField.TONIC);
                }
            }
        }
        if (opening != null) {
            NoteSequence notes = (NoteSequence) opening.value();
            for (SpecValue<?> limit : new SpecValue<?>[] {all, melody}) {
                if (limit == null) {
                    continue;
                }
                PitchSet set = (PitchSet) limit.value();
                List<String> outside = new ArrayList<>();
                for (int pc : notes.pitchClasses()) {
                    if (!set.contains(pc)) {
                        outside.add(PitchClass.name(pc));
                    }
                }
                if (!outside.isEmpty()) {
                    conflicts.add(new Conflict(opening, limit, "the notes " + String.join(" ", outside)
                            + " are not among the allowed notes " + set));
                }
            }
        }
    }

    public <T> Optional<T> get(SpecField<T> field) {
        SpecValue<?> v = values.get(field);
        return v == null ? Optional.empty() : Optional.of(field.cast(v.value()));
    }

    public <T> Optional<SpecValue<T>> value(SpecField<T> field) {
        @SuppressWarnings("unchecked")
        SpecValue<T> v = (SpecValue<T>) values.get(field);
        return Optional.ofNullable(v);
    }

    /** True when the prompt stated this field: the output must honour it exactly. */
    public boolean isExplicit(SpecField<?> field) {
        SpecValue<?> v = values.get(field);
        return v != null && v.strength() == Strength.EXPLICIT;
    }

    /** All values, in the order of {@link SpecField#all()}. */
    public List<SpecValue<?>> values() {
        return List.copyOf(values.values());
    }

    public Optional<Double> tempo() {
        return get(SpecField.TEMPO);
    }

    public Optional<Meter> meter() {
        return get(SpecField.METER);
    }

    /**
     * The length in seconds: a length in bars at this spec's tempo and meter, or at the {@link Defaults} where it
     * has none.
     */
    public Optional<Double> lengthSeconds() {
        return get(SpecField.LENGTH).map(length -> {
            if (!length.isBars()) {
                return length.seconds();
            }
            double quarters = meter().orElse(Defaults.METER).barTicks(Score.PPQ) / (double) Score.PPQ;
            return length.bars() * quarters * 60 / tempo().orElse(Defaults.TEMPO);
        });
    }

    /** The key when both tonic and mode are known. */
    public Optional<Key> key() {
        Optional<Integer> tonic = get(SpecField.TONIC);
        Optional<Mode> mode = get(SpecField.MODE);
        return tonic.isPresent() && mode.isPresent() ? Optional.of(new Key(tonic.get(), mode.get())) : Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (SpecValue<?> v : values.values()) {
            sb.append(v.field().name()).append(" = ").append(v.value()).append("  [")
                    .append(v.strength().name().toLowerCase()).append(", ").append(v.provenance().describe())
                    .append("]\n");
        }
        return sb.toString();
    }
}
