// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.flow;

import java.util.List;

import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;

/**
 * What the model is told besides the prompt's embedding, read from the MusicSpec in the slots the training script
 * fills from its render parameters: 0 tempo known, 1 tempo / 200, 2 drums, 3 dynamics 0–1, 4 more than one
 * instrument, 5–20 the lead's General MIDI family (program / 8) one-hot. And where the beats fall, as the phase the
 * model reads beside the spectrogram.
 */
public final class MelFlowCondition {
    public static final int FEATURES = 21;

    private MelFlowCondition() {
    }

    /** The condition vector: the embedding, then the features. */
    public static float[] of(float[] embedding, MusicSpec spec) {
        float[] c = new float[embedding.length + FEATURES];
        System.arraycopy(embedding, 0, c, 0, embedding.length);
        float[] f = features(spec);
        System.arraycopy(f, 0, c, embedding.length, FEATURES);
        return c;
    }

    static float[] features(MusicSpec spec) {
        float[] f = new float[FEATURES];
        spec.tempo().ifPresent(t -> {
            f[0] = 1;
            f[1] = (float) (t / 200);
        });
        boolean drums = spec.get(SpecField.DRUMS).orElse(false);
        f[2] = drums ? 1 : 0;
        f[3] = spec.get(SpecField.DYNAMICS).map(MelFlowCondition::level).orElse(0.55f);
        List<Instrument> instruments = spec.get(SpecField.INSTRUMENTS).map(InstrumentList::instruments).orElse(List.of());
        f[4] = instruments.size() > 1 || drums ? 1 : 0;
        instruments.stream().filter(i -> i.role() == TrackRole.MELODY).findFirst()
                .or(() -> instruments.stream().filter(i -> i.role() != TrackRole.DRUMS).findFirst())
                .ifPresent(lead -> f[5 + lead.program() / 8] = 1);
        return f;
    }

    /** The training script's dynamics scale. */
    private static float level(Dynamics d) {
        return switch (d) {
            case PP -> 0f;
            case P -> 0.25f;
            case MP -> 0.4f;
            case MF -> 0.55f;
            case F -> 0.8f;
            case FF -> 1f;
        };
    }

    /**
     * The beat phase as the model reads it, [2, frames] flattened (cos, then sin): beat one on frame 0 of the
     * piece, so windows that follow one another keep one beat. Zeros without a tempo: the model then chooses.
     */
    public static float[] beat(double tempo, int firstFrame, int frames, double secondsPerFrame) {
        float[] b = new float[2 * frames];
        if (tempo <= 0) {
            return b;
        }
        for (int i = 0; i < frames; i++) {
            double phase = 2 * Math.PI * (firstFrame + i) * secondsPerFrame * tempo / 60;
            b[i] = (float) Math.cos(phase);
            b[frames + i] = (float) Math.sin(phase);
        }
        return b;
    }
}
