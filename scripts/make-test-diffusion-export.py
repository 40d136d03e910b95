#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes small random-weight Stable Diffusion exports in the layout Hugging Face optimum exports
(model_index.json, scheduler/, tokenizer/, text_encoder/, unet/, vae_decoder/, vae_encoder/), with optimum's tensor
names and shapes, for tests: the whole diffusion chain runs on them in seconds. They make noise-like spectrograms,
not music. Variants cover what real exports differ in: input_ids int32 or int64, timestep a scalar float or an
int64 vector, weights inside model.onnx or in external data beside it, vae_encoder giving latent_parameters
(mean and log-variance) or latent_sample, or no vae_encoder at all.

    python3 scripts/make-test-diffusion-export.py testdata/stable-diffusion

Needs numpy and onnx. The weights are drawn from a fixed seed: the same files every run."""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clip_bytes import bytes_to_unicode  # noqa: E402

HIDDEN = 32          # text encoder width (real SD 1.x: 768)
CHANNELS = 16        # UNet width (real: 320 and more)
TOKENS = 77




def tokenizer(folder):
    # A CLIP vocabulary with no merges: every word becomes its bytes. Enough for a random text encoder.
    chars = list(bytes_to_unicode().values())
    vocab = chars + [c + "</w>" for c in chars] + ["<|startoftext|>", "<|endoftext|>"]
    os.makedirs(f"{folder}/tokenizer", exist_ok=True)
    with open(f"{folder}/tokenizer/vocab.json", "w", encoding="utf-8") as f:
        json.dump({t: i for i, t in enumerate(vocab)}, f, ensure_ascii=False)
    with open(f"{folder}/tokenizer/merges.txt", "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")


def weight(rng, name, shape, scale):
    return numpy_helper.from_array((rng.standard_normal(shape) * scale).astype(np.float32), name)


def save(model, path, external):
    onnx.checker.check_model(model)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if external:
        onnx.save_model(model, path, save_as_external_data=True, all_tensors_to_one_file=True,
                        location="model.onnx_data", size_threshold=1024)
    else:
        onnx.save_model(model, path)


def text_encoder(rng, ids_type):
    # Embeddings computed from the ids themselves (no 49,408-row table): sin(id * w + b), then a projection.
    ids = helper.make_tensor_value_info("input_ids", ids_type, ["batch", TOKENS])
    hidden = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", TOKENS, HIDDEN])
    pooled = helper.make_tensor_value_info("pooler_output", TensorProto.FLOAT, ["batch", HIDDEN])
    inits = [weight(rng, "w", [1, 1, HIDDEN], 0.01), weight(rng, "b", [1, 1, HIDDEN], 1.0),
             weight(rng, "proj", [HIDDEN, HIDDEN], 0.3), numpy_helper.from_array(np.array([2], np.int64), "axis2")]
    nodes = [helper.make_node("Cast", ["input_ids"], ["idf"], to=TensorProto.FLOAT),
             helper.make_node("Unsqueeze", ["idf", "axis2"], ["id3"]),
             helper.make_node("Mul", ["id3", "w"], ["scaled"]),
             helper.make_node("Add", ["scaled", "b"], ["shifted"]),
             helper.make_node("Sin", ["shifted"], ["embedded"]),
             helper.make_node("MatMul", ["embedded", "proj"], ["last_hidden_state"]),
             helper.make_node("ReduceMean", ["last_hidden_state"], ["pooler_output"], axes=[1], keepdims=0)]
    graph = helper.make_graph(nodes, "text_encoder", [ids], [hidden, pooled], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)


def unet(rng, timestep_form):
    sample = helper.make_tensor_value_info("sample", TensorProto.FLOAT, ["batch", 4, "height", "width"])
    if timestep_form == "scalar-float":
        timestep = helper.make_tensor_value_info("timestep", TensorProto.FLOAT, [])
    else:
        timestep = helper.make_tensor_value_info("timestep", TensorProto.INT64, ["batch"])
    text = helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT, ["batch", TOKENS, HIDDEN])
    out = helper.make_tensor_value_info("out_sample", TensorProto.FLOAT, ["batch", 4, "height", "width"])
    inits = [weight(rng, "conv_in", [CHANNELS, 4, 3, 3], 0.2), weight(rng, "conv_out", [4, CHANNELS, 3, 3], 0.1),
             weight(rng, "text_proj", [HIDDEN, CHANNELS], 0.2), weight(rng, "time_freq", [1, CHANNELS], 0.01),
             numpy_helper.from_array(np.array([-1, CHANNELS, 1, 1], np.int64), "cond_shape"),
             numpy_helper.from_array(np.array([CHANNELS, 1, 1], np.int64), "time_shape")]
    nodes = [helper.make_node("Conv", ["sample", "conv_in"], ["h"], pads=[1, 1, 1, 1]),
             helper.make_node("Cast", ["timestep"], ["tf"], to=TensorProto.FLOAT),
             helper.make_node("ReduceMean", ["tf"], ["t"], keepdims=0) if timestep_form != "scalar-float"
             else helper.make_node("Identity", ["tf"], ["t"]),
             helper.make_node("Mul", ["t", "time_freq"], ["tw"]),
             helper.make_node("Sin", ["tw"], ["temb"]),
             helper.make_node("Reshape", ["temb", "time_shape"], ["temb4"]),
             helper.make_node("ReduceMean", ["encoder_hidden_states"], ["ctx"], axes=[1], keepdims=0),
             helper.make_node("MatMul", ["ctx", "text_proj"], ["cond"]),
             helper.make_node("Reshape", ["cond", "cond_shape"], ["cond4"]),
             helper.make_node("Add", ["h", "temb4"], ["h1"]),
             helper.make_node("Add", ["h1", "cond4"], ["h2"]),
             helper.make_node("Tanh", ["h2"], ["h3"]),
             helper.make_node("Conv", ["h3", "conv_out"], ["out_sample"], pads=[1, 1, 1, 1])]
    graph = helper.make_graph(nodes, "unet", [sample, timestep, text], [out], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)


def vae_decoder(rng):
    latent = helper.make_tensor_value_info("latent_sample", TensorProto.FLOAT, ["batch", 4, "height", "width"])
    image = helper.make_tensor_value_info("sample", TensorProto.FLOAT, ["batch", 3, "image_height", "image_width"])
    inits = [weight(rng, "conv", [3, 4, 3, 3], 0.3),
             numpy_helper.from_array(np.array([1, 1, 8, 8], np.float32), "scales")]
    nodes = [helper.make_node("Conv", ["latent_sample", "conv"], ["rgb"], pads=[1, 1, 1, 1]),
             helper.make_node("Resize", ["rgb", "", "scales"], ["big"], mode="linear"),
             helper.make_node("Tanh", ["big"], ["sample"])]
    graph = helper.make_graph(nodes, "vae_decoder", [latent], [image], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)


def vae_encoder(rng, output):
    image = helper.make_tensor_value_info("sample", TensorProto.FLOAT, ["batch", 3, "image_height", "image_width"])
    channels = 8 if output == "latent_parameters" else 4
    out = helper.make_tensor_value_info(output, TensorProto.FLOAT, ["batch", channels, "height", "width"])
    inits = [weight(rng, "conv", [channels, 3, 3, 3], 0.3)]
    nodes = [helper.make_node("AveragePool", ["sample"], ["small"], kernel_shape=[8, 8], strides=[8, 8]),
             helper.make_node("Conv", ["small", "conv"], [output], pads=[1, 1, 1, 1])]
    graph = helper.make_graph(nodes, "vae_encoder", [image], [out], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)


def export(folder, ids_type, timestep_form, external, encoder):
    rng = np.random.default_rng(20261201)
    os.makedirs(folder, exist_ok=True)
    components = {"text_encoder": ["diffusers", "OnnxRuntimeModel"], "unet": ["diffusers", "OnnxRuntimeModel"],
                  "vae_decoder": ["diffusers", "OnnxRuntimeModel"], "tokenizer": ["transformers", "CLIPTokenizer"],
                  "scheduler": ["diffusers", "PNDMScheduler"]}
    if encoder:
        components["vae_encoder"] = ["diffusers", "OnnxRuntimeModel"]
    with open(f"{folder}/model_index.json", "w") as f:
        json.dump({"_class_name": "OnnxStableDiffusionPipeline", "_diffusers_version": "0.30.0", **components}, f, indent=2)
    os.makedirs(f"{folder}/scheduler", exist_ok=True)
    with open(f"{folder}/scheduler/scheduler_config.json", "w") as f:
        json.dump({"_class_name": "PNDMScheduler", "num_train_timesteps": 1000, "beta_start": 0.00085, "beta_end": 0.012,
                   "beta_schedule": "scaled_linear", "steps_offset": 1, "set_alpha_to_one": False, "skip_prk_steps": True,
                   "prediction_type": "epsilon"}, f, indent=2)
    tokenizer(folder)
    save(text_encoder(rng, ids_type), f"{folder}/text_encoder/model.onnx", False)
    save(unet(rng, timestep_form), f"{folder}/unet/model.onnx", external)
    save(vae_decoder(rng), f"{folder}/vae_decoder/model.onnx", False)
    if encoder:
        save(vae_encoder(rng, encoder), f"{folder}/vae_encoder/model.onnx", False)


def main(out):
    # optimum today: int64 ids, a float timestep scalar, vae_encoder -> latent_parameters.
    export(f"{out}/tiny-sd", TensorProto.INT64, "scalar-float", False, "latent_parameters")
    # the older diffusers conversion script: int32 ids, an int64 timestep vector, latent_sample, external data.
    export(f"{out}/tiny-sd-legacy", TensorProto.INT32, "int64-vector", True, "latent_sample")
    # no encoder: text to audio only.
    export(f"{out}/tiny-sd-no-encoder", TensorProto.INT64, "scalar-float", False, None)
    print("wrote", out)


if __name__ == "__main__":
    main(sys.argv[1])
