// SPDX-License-Identifier: Apache-2.0
package org.riffwire.testkit;

import java.util.Map;
import java.util.Random;

import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;

/**
 * An audio-only generator for the testkit's own tests: a drone on the tonic with its fifth and the mode's third,
 * detuned by the seed, as long as the spec asks. It has no beat, no meter, no players and no notes to limit, so it
 * refuses a stated tempo, meter, pitch set, drums, instruments or opening, as the conformance suite expects of what
 * a generator cannot keep.
 */
final class DroneGenerator implements Generator {
    private static final int RATE = 22_050;

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        for (SpecField<?> refused : new SpecField<?>[] {SpecField.TEMPO, SpecField.METER, SpecField.PITCH_SET, SpecField.DRUMS,
            SpecField.INSTRUMENTS, SpecField.OPENING}) {
            if (spec.isExplicit(refused)) {
                throw new UnsatisfiableSpecException("a drone has no " + refused + " to keep; leave it out of the prompt");
            }
        }
        context.checkCancelled();
        double seconds = spec.lengthSeconds().orElse(4.0);
        int tonic = spec.get(SpecField.TONIC).orElse(9);
        int third = spec.get(SpecField.MODE).orElse(Mode.MAJOR) == Mode.MINOR ? 3 : 4;
        double root = 440 * Math.pow(2, (tonic - 9 - 12) / 12.0);
        double detune = 1 + new Random(context.seed()).nextGaussian() * 0.002;
        float[] samples = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            double t = (double) i / RATE;
            double fade = Math.min(1, Math.min(t, seconds - t) / 0.05);
            samples[i] = (float) (fade * 0.25 * (Math.sin(2 * Math.PI * root * t)
                    + Math.sin(2 * Math.PI * root * 1.5 * detune * t)
                    + Math.sin(2 * Math.PI * root * Math.pow(2, third / 12.0) * t)));
        }
        return new Piece(spec, null, new AudioClip(RATE, new float[][] {samples}), Map.of("generator", "drone"));
    }
}
