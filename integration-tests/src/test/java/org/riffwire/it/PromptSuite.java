// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.riffwire.api.music.Key;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.PitchClass;

/**
 * The prompt suite in prompts.tsv and the checks of its expectations against a MIDI file. Expectations:
 * tempo=N, tempo<=N, tempo>=N, key=E minor (signature and the key the notes imply), keysig=E minor (signature
 * only), mode=minor (signature and the notes), meter=3/4 (alternatives
 * with |), pitches=A B C#, programs=73,24|25 (each group present), only-programs=40,41 (exactly), drums=yes|no,
 * seconds=N (within 1 s), opening=C D E (the melody's first notes), velocity<=N / velocity>=N and pitch<=N /
 * pitch>=N (means of pitched notes, MIDI numbers).
 */
final class PromptSuite {
    record Case(String prompt, String expectations) {
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = PromptSuite.class.getResourceAsStream("/prompts.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        }
        return cases;
    }

    /** Every expectation the file fails, as readable lines; empty when all hold. */
    static List<String> check(Case c, MidiFacts midi) {
        List<String> failures = new ArrayList<>();
        for (String expectation : c.expectations().split(";")) {
            if (expectation.isBlank()) {
                continue;
            }
            String failure = checkOne(expectation.strip(), midi);
            if (failure != null) {
                failures.add(expectation + ": " + failure);
            }
        }
        return failures;
    }

    private static String checkOne(String e, MidiFacts midi) {
        if (e.startsWith("tempo<=")) {
            return midi.tempo <= number(e) + 0.01 ? null : "tempo " + midi.tempo;
        }
        if (e.startsWith("tempo>=")) {
            return midi.tempo >= number(e) - 0.01 ? null : "tempo " + midi.tempo;
        }
        if (e.startsWith("pitch>=")) {
            return midi.meanPitch() >= number(e) ? null : "mean pitch " + midi.meanPitch();
        }
        if (e.startsWith("pitch<=")) {
            return midi.meanPitch() <= number(e) ? null : "mean pitch " + midi.meanPitch();
        }
        if (e.startsWith("velocity<=")) {
            return midi.meanVelocity() <= number(e) ? null : "mean velocity " + midi.meanVelocity();
        }
        if (e.startsWith("velocity>=")) {
            return midi.meanVelocity() >= number(e) ? null : "mean velocity " + midi.meanVelocity();
        }
        String name = e.substring(0, e.indexOf('='));
        String value = e.substring(e.indexOf('=') + 1);
        switch (name) {
            case "tempo":
                return Math.abs(midi.tempo - Double.parseDouble(value)) < 0.01 ? null : "tempo " + midi.tempo;
            case "seconds":
                return Math.abs(midi.seconds - Double.parseDouble(value)) <= 1.0 ? null : "lasts " + midi.seconds + " s";
            case "meter":
                for (String alternative : value.split("\\|")) {
                    if (alternative.equals(midi.meterNumerator + "/" + midi.meterDenominator)) {
                        return null;
                    }
                }
                return "meter " + midi.meterNumerator + "/" + midi.meterDenominator;
            case "drums":
                return midi.hasDrums() == value.equals("yes") ? null : "drums present: " + midi.hasDrums();
            case "pitches": {
                Set<Integer> allowed = pitchClasses(value);
                Set<Integer> outside = new TreeSet<>(midi.pitchClasses());
                outside.removeAll(allowed);
                return outside.isEmpty() ? null : "pitch classes outside the set: " + outside;
            }
            case "programs":
                for (String group : value.split(",")) {
                    boolean found = false;
                    for (String alternative : group.split("\\|")) {
                        found |= midi.programs().contains(Integer.parseInt(alternative));
                    }
                    if (!found) {
                        return "programs " + midi.programs() + " lack " + group;
                    }
                }
                return null;
            case "only-programs": {
                Set<Integer> wanted = new TreeSet<>();
                for (String p : value.split(",")) {
                    wanted.add(Integer.parseInt(p));
                }
                return midi.programs().equals(wanted) ? null : "programs " + midi.programs();
            }
            case "opening": {
                String[] names = value.split(" ");
                // The melody is the first part (channel 1); an accompanied tune has chords under it from the start.
                List<MidiFacts.PlayedNote> pitched = midi.pitched().stream().filter(n -> n.channel() == 0).toList();
                for (int i = 0; i < names.length; i++) {
                    int expected = PitchClass.parse(names[i]).orElseThrow();
                    if (i >= pitched.size() || pitched.get(i).pitch() % 12 != expected) {
                        return "note " + (i + 1) + " is " + (i < pitched.size() ? PitchClass.name(pitched.get(i).pitch()) : "missing");
                    }
                }
                return null;
            }
            case "mode": {
                boolean minor = value.equals("minor");
                if (midi.keyMinor != minor) {
                    return "key signature is " + (midi.keyMinor ? "minor" : "major");
                }
                return (midi.estimatedKey()[1] == 1) == minor ? null : "the notes imply the other mode";
            }
            case "keysig": {
                String[] parts = value.split(" ");
                Key key = new Key(PitchClass.parse(parts[0]).orElseThrow(), Mode.valueOf(parts[1].toUpperCase()));
                return key.sharps() == midi.keySharps && key.mode().isMinorLike() == midi.keyMinor ? null
                        : "key signature " + midi.keySharps + (midi.keyMinor ? " minor" : " major");
            }
            case "key": {
                String[] parts = value.split(" ");
                Key key = new Key(PitchClass.parse(parts[0]).orElseThrow(), Mode.valueOf(parts[1].toUpperCase()));
                if (key.sharps() != midi.keySharps || key.mode().isMinorLike() != midi.keyMinor) {
                    return "key signature " + midi.keySharps + (midi.keyMinor ? " minor" : " major");
                }
                int[] estimated = midi.estimatedKey();
                if (estimated[0] != key.tonic() || (estimated[1] == 1) != key.mode().isMinorLike()) {
                    return "the notes imply " + PitchClass.name(estimated[0]) + (estimated[1] == 1 ? " minor" : " major");
                }
                return null;
            }
            default:
                throw new IllegalArgumentException("unknown expectation " + e);
        }
    }

    private static double number(String e) {
        return Double.parseDouble(e.substring(e.indexOf('=') + 1));
    }

    private static Set<Integer> pitchClasses(String names) {
        Set<Integer> out = new TreeSet<>();
        for (String n : names.split(" ")) {
            out.add(PitchClass.parse(n).orElseThrow());
        }
        return out;
    }
}
