#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI's smoke test of the models' training. The mel-flow model (issue 10): renders 6 training items with the
# runtime, trains 6 steps on them, resumes from its checkpoint for 2 more, exports it, and checks that the export
# runs in ONNX Runtime with the inputs and output the runtime feeds (MelFlowModel). The melody model (issue 12):
# trains 6 steps on 60 tunes of ../shared/data, resumes for 2, exports, and checks that its vocabulary is the
# shipped model's and that its key/value cache gives the same logits as one whole pass. The real trainings are
# background jobs of an hour or more; see bundles/model-melflow/README.md and bundles/model-melody/README.md.
#   scripts/smoke-train.sh          (needs python3 with numpy, scipy, torch, onnx, onnxruntime, tokenizers)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/make-diffusion-training-data.py" --out "$work/data" --count 6 --tune-share 0.34 >/dev/null
# Trains 6 steps with a checkpoint every 3, then again to 8, which must resume from step 6.
#   train_and_resume NAME SCRIPT ARGS...
train_and_resume() {
  local name="$1" script="$2"
  shift 2
  python3 "$root/scripts/$script" "$@" --steps 6 --every 3 > "$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  python3 "$root/scripts/$script" "$@" --steps 8 --every 4 > "$work/$name-resume.log" 2>&1 \
    || { cat "$work/$name-resume.log"; exit 1; }
  grep -q "resumed at step 6" "$work/$name-resume.log" || { echo "smoke-train: the $name run did not resume" >&2; exit 1; }
}
train_and_resume mel-flow train-spectrogram-diffusion.py --data "$work/data" --out "$work/model" --batch 4
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

data="$root/../shared/data"
if [ ! -f "$data/nottingham/train_melody.abc" ]; then
  echo "smoke-train: melody model skipped, no corpora in $data" >&2
  exit 0
fi
train_and_resume melody train-melody-model.py --data "$data" --out "$work/melody" --limit 60
python3 - "$work/melody" "$root/bundles/model-melody/src/main/resources/models" <<'PY'
import json, sys
import numpy as np
import onnxruntime as ort
out, shipped = sys.argv[1], sys.argv[2]
v = json.load(open(f"{out}/riffwire-melody.vocabulary.json"))
assert v == json.load(open(f"{shipped}/riffwire-melody.vocabulary.json")), "vocabulary differs from the shipped model's"
s = ort.InferenceSession(f"{out}/riffwire-melody.onnx")
ids = {t: i for i, t in enumerate(v["vocabulary"])}
seq = np.array([[ids["BOS"], ids["M:6/8"], ids["K:major"], ids["R:jig"], ids["P:0"], ids["D:6"]]], np.int64)
empty = np.zeros((v["layers"], 1, v["heads"], 0, v["headSize"]), np.float32)
whole = s.run(None, {"input_ids": seq, "past_keys": empty, "past_values": empty})[0]
logits, k, vv = s.run(None, {"input_ids": seq[:, :5], "past_keys": empty, "past_values": empty})
last = s.run(None, {"input_ids": seq[:, 5:], "past_keys": k, "past_values": vv})[0]
assert np.abs(whole[0, 5] - last[0, 0]).max() < 1e-4, "the cache changes the logits"
m = json.load(open(f"{out}/metrics.json"))
print(f"smoke-train: melody model 8 steps, resumed, exported, cache consistent; {m['parameters']} parameters")
PY
