#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI's smoke test of the model's training (issue 10): renders 6 training items with the runtime, trains the
# mel-flow model 6 steps on them, resumes from its checkpoint for 2 more, exports it, and checks that the export
# runs in ONNX Runtime with the inputs and output the runtime feeds (MelFlowModel). The real training is a
# background job of hours; see bundles/model-melflow/README.md.
#   scripts/smoke-train.sh          (needs python3 with numpy, scipy, torch, onnx, onnxruntime, tokenizers)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/make-diffusion-training-data.py" --out "$work/data" --count 6 --tune-share 0.34 >/dev/null
python3 "$root/scripts/train-spectrogram-diffusion.py" --data "$work/data" --out "$work/model" --steps 6 --every 3 --batch 4 \
  2> "$work/train.log" || { cat "$work/train.log"; exit 1; }
python3 "$root/scripts/train-spectrogram-diffusion.py" --data "$work/data" --out "$work/model" --steps 8 --every 4 --batch 4 \
  2> "$work/resume.log" || { cat "$work/resume.log"; exit 1; }
grep -q "resumed at step 6" "$work/resume.log" || { echo "smoke-train: the second run did not resume" >&2; exit 1; }
python3 - "$work/model" "$root/bundles/model-melflow/src/main/resources/models" <<'PY'
import json, sys
import numpy as np
import onnxruntime as ort
out, shipped = sys.argv[1], sys.argv[2]
r = json.load(open(f"{out}/riffwire-mel-flow.representation.json"))
assert r == json.load(open(f"{shipped}/riffwire-mel-flow.representation.json")), "representation differs from the shipped model's"
s = ort.InferenceSession(f"{out}/riffwire-mel-flow.onnx")
assert [i.name for i in s.get_inputs()] == ["sample", "t", "condition", "beat"]
feed = {"sample": np.zeros((2, 1, r["mels"], 64), np.float32), "t": np.ones(2, np.float32),
        "condition": np.zeros((2, r["embedding"] + r["features"]), np.float32), "beat": np.zeros((2, 2, 64), np.float32)}
v = s.run(["velocity"], feed)[0]
assert v.shape == (2, 1, r["mels"], 64) and np.isfinite(v).all(), v.shape
print(f"smoke-train: 8 steps, resumed, exported, runs: velocity {v.shape}; {json.load(open(out + '/training.json'))['parameters']} parameters")
PY
