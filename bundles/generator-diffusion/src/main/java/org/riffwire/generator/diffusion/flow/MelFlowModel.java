// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.riffwire.dsp.spectral.LogMelCodec;
import org.riffwire.onnx.api.Json;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Riffwire's own text-to-spectrogram network (an ONNX model of kind {@code mel-flow}, trained by
 * scripts/train-spectrogram-diffusion.py) as the sampler calls it: the velocity of a rectified flow over scaled
 * log-mel spectrograms, given the flow time, a condition vector and the beat phase. The representation it was
 * trained on comes with it, in its {@code representation} resource.
 */
public final class MelFlowModel {
    public static final String KIND = "mel-flow";

    private final OnnxModel model;
    private final LogMelCodec.Parameters representation;
    private final int windowFrames;
    private final int embedding;
    private final int features;

    public MelFlowModel(OnnxModel model) throws IOException {
        this.model = model;
        Map<String, Object> r;
        try (InputStream in = model.resource("representation")) {
            r = Json.object(new String(in.readAllBytes(), StandardCharsets.UTF_8), model.descriptor().name() + " representation");
        }
        this.representation = new LogMelCodec.Parameters(integer(r, "sr"), integer(r, "n_fft"), integer(r, "hop"),
                integer(r, "mels"), number(r, "log_mid"), number(r, "log_span"));
        this.windowFrames = integer(r, "frames");
        this.embedding = integer(r, "embedding");
        this.features = integer(r, "features");
        if (features != MelFlowCondition.FEATURES) {
            throw new IllegalArgumentException("it was trained on " + features + " spec features; this runtime fills "
                    + MelFlowCondition.FEATURES + " (MelFlowCondition)");
        }
        if (windowFrames % 8 != 0) {
            throw new IllegalArgumentException("the model's window must be a multiple of 8 frames, not " + windowFrames);
        }
    }

    private static int integer(Map<String, Object> r, String key) {
        return (int) number(r, key);
    }

    private static double number(Map<String, Object> r, String key) {
        if (!(r.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("the model's representation has no number '" + key + "'");
        }
        return n.doubleValue();
    }

    public String name() {
        return model.descriptor().name();
    }

    public LogMelCodec.Parameters representation() {
        return representation;
    }

    /** The frames of one window, as trained (5.2 s). Any multiple of 8 runs. */
    public int windowFrames() {
        return windowFrames;
    }

    /** The condition's length: the sentence embedding, then {@link MelFlowCondition}'s features. */
    public int conditionLength() {
        return embedding + features;
    }

    public int embeddingLength() {
        return embedding;
    }

    /**
     * The velocity for a batch: {@code sample} [batch, 1, mels, frames], {@code t} [batch], {@code condition}
     * [batch, conditionLength()], {@code beat} [batch, 2, frames], all flattened row-major.
     */
    public float[] velocity(float[] sample, int batch, int frames, float[] t, float[] condition, float[] beat)
            throws OrtException, ModelUnavailableException {
        int mels = representation.melBins();
        return model.run((env, session) -> {
            try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(sample), new long[] {batch, 1, mels, frames});
                    OnnxTensor time = OnnxTensor.createTensor(env, FloatBuffer.wrap(t), new long[] {batch});
                    OnnxTensor c = OnnxTensor.createTensor(env, FloatBuffer.wrap(condition), new long[] {batch, conditionLength()});
                    OnnxTensor b = OnnxTensor.createTensor(env, FloatBuffer.wrap(beat), new long[] {batch, 2, frames});
                    OrtSession.Result r = session.run(Map.of("sample", x, "t", time, "condition", c, "beat", b),
                            Set.of("velocity"))) {
                FloatBuffer out = ((OnnxTensor) r.get("velocity").orElseThrow()).getFloatBuffer();
                float[] v = new float[out.remaining()];
                out.get(v);
                return v;
            }
        });
    }
}
