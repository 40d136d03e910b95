// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.riffwire.generator.diffusion.scheduler.SchedulerConfig;
import org.riffwire.generator.diffusion.text.ClipTokenizer;
import org.riffwire.onnx.api.Json;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * A Stable Diffusion export's networks as the pipeline calls them: the text encoder, the UNet, the VAE decoder and
 * encoder. Tensor element types and the timestep's form are read from each session's declared inputs, since exports
 * differ: {@code input_ids} int32 or int64, {@code timestep} a float scalar or an int64 or float vector, the encoder's
 * output {@code latent_parameters} (mean, log-variance) or {@code latent_sample}.
 */
final class StableDiffusion {
    /** The VAE's latent scale, Stable Diffusion 1.x's. */
    static final float LATENT_SCALE = 0.18215f;

    private final OnnxModel model;
    private final ClipTokenizer tokenizer;
    private final SchedulerConfig schedulerConfig;

    StableDiffusion(OnnxModel model) throws IOException {
        this.model = model;
        this.tokenizer = ClipTokenizer.of(text("vocab"), text("merges"));
        this.schedulerConfig = SchedulerConfig.from(Json.object(text("scheduler_config"), "scheduler/scheduler_config.json"));
    }

    private String text(String resource) throws IOException {
        try (InputStream in = model.resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String name() {
        return model.descriptor().name();
    }

    SchedulerConfig schedulerConfig() {
        return schedulerConfig;
    }

    boolean canEncodeImages() {
        return model.parts().contains("vae_encoder");
    }

    /** A tensor and its shape. */
    record Tensor(float[] data, long[] shape) {
    }

    /** The text encoder's hidden states for a text: [1, 77, D]. */
    Tensor encodeText(String text) throws OrtException, ModelUnavailableException {
        int[] ids = tokenizer.encode(text);
        return model.run("text_encoder", (env, session) -> {
            long[] shape = {1, ids.length};
            OnnxJavaType type = elementType(session, "input_ids");
            OnnxTensor input = type == OnnxJavaType.INT32 ? OnnxTensor.createTensor(env, IntBuffer.wrap(ids), shape)
                    : OnnxTensor.createTensor(env, LongBuffer.wrap(java.util.Arrays.stream(ids).asLongStream().toArray()), shape);
            try (input; OrtSession.Result r = session.run(Map.of("input_ids", input), java.util.Set.of("last_hidden_state"))) {
                return read((OnnxTensor) r.get("last_hidden_state").orElseThrow());
            }
        });
    }

    /** The UNet's noise prediction for a batch of latents at timestep t. */
    Tensor unet(Tensor latents, double t, Tensor text) throws OrtException, ModelUnavailableException {
        return model.run("unet", (env, session) -> {
            int batch = (int) latents.shape()[0];
            TensorInfo info = info(session, "timestep");
            OnnxTensor timestep;
            if (info.getShape().length == 0) {
                timestep = info.type == OnnxJavaType.INT64 ? OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {(long) t}), new long[0])
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {(float) t}), new long[0]);
            } else if (info.type == OnnxJavaType.INT64) {
                long[] ts = new long[batch];
                java.util.Arrays.fill(ts, (long) t);
                timestep = OnnxTensor.createTensor(env, LongBuffer.wrap(ts), new long[] {batch});
            } else {
                float[] ts = new float[batch];
                java.util.Arrays.fill(ts, (float) t);
                timestep = OnnxTensor.createTensor(env, FloatBuffer.wrap(ts), new long[] {batch});
            }
            try (timestep;
                    OnnxTensor sample = OnnxTensor.createTensor(env, FloatBuffer.wrap(latents.data()), latents.shape());
                    OnnxTensor states = OnnxTensor.createTensor(env, FloatBuffer.wrap(text.data()), text.shape());
                    OrtSession.Result r = session.run(Map.of("sample", sample, "timestep", timestep,
                            "encoder_hidden_states", states), java.util.Set.of("out_sample"))) {
                return read((OnnxTensor) r.get("out_sample").orElseThrow());
            }
        });
    }

    /** Latents to an image in [-1, 1]: [1, 3, 8h, 8w]. */
    Tensor decode(Tensor latents) throws OrtException, ModelUnavailableException {
        float[] scaled = latents.data().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] /= LATENT_SCALE;
        }
        return model.run("vae_decoder", (env, session) -> {
            try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(scaled), latents.shape());
                    OrtSession.Result r = session.run(Map.of("latent_sample", input), java.util.Set.of("sample"))) {
                return read((OnnxTensor) r.get("sample").orElseThrow());
            }
        });
    }

    /** An image in [-1, 1] to scaled latents: the encoder's mean (or its sample) × the latent scale. */
    Optional<Tensor> encode(Tensor image) throws OrtException, ModelUnavailableException {
        if (!canEncodeImages()) {
            return Optional.empty();
        }
        return Optional.of(model.run("vae_encoder", (env, session) -> {
            String output = session.getOutputNames().contains("latent_parameters") ? "latent_parameters" : "latent_sample";
            try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(image.data()), image.shape());
                    OrtSession.Result r = session.run(Map.of("sample", input), java.util.Set.of(output))) {
                Tensor out = read((OnnxTensor) r.get(output).orElseThrow());
                long[] shape = out.shape().clone();
                int channels = output.equals("latent_parameters") ? (int) shape[1] / 2 : (int) shape[1];
                int plane = (int) (shape[2] * shape[3]);
                // The first half of latent_parameters' channels is the mean; the distribution's mode is the latent.
                float[] mean = new float[channels * plane];
                for (int i = 0; i < mean.length; i++) {
                    mean[i] = out.data()[i] * LATENT_SCALE;
                }
                shape[1] = channels;
                return new Tensor(mean, shape);
            }
        }));
    }

    private static TensorInfo info(OrtSession session, String input) throws OrtException {
        NodeInfo node = session.getInputInfo().get(input);
        if (node == null || !(node.getInfo() instanceof TensorInfo t)) {
            throw new IllegalStateException("the model has no tensor input '" + input + "'");
        }
        return t;
    }

    private static OnnxJavaType elementType(OrtSession session, String input) throws OrtException {
        OnnxJavaType type = info(session, input).type;
        if (type != OnnxJavaType.INT32 && type != OnnxJavaType.INT64) {
            throw new IllegalStateException("input '" + input + "' is " + type + "; token ids are int32 or int64");
        }
        return type;
    }

    private static Tensor read(OnnxTensor tensor) {
        if (tensor.getInfo().type != OnnxJavaType.FLOAT) {
            throw new IllegalStateException("the model computes in " + tensor.getInfo().type + "; only float32 exports run here");
        }
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] data = new float[buffer.remaining()];
        buffer.get(data);
        return new Tensor(data, tensor.getInfo().getShape());
    }
}
