#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains riffwire-melody: a small decoder-only transformer over folk-tune melodies, exported to ONNX with a
key/value cache for Riffwire's constrained sampler.

Data: ../shared/data/nottingham/train_melody.abc and ../shared/data/cre/train_melody.abc (never Nottingham's
held-out file, which only the final perplexity reads), parsed by scripts/melody_corpus.py.

Tokens (the vocabulary is written into the model's JSON, the one place Riffwire reads it from):
  BOS, meter (M:6/8), mode (K:major), rhythm (R:jig, R:none), then per bar the notes as pairs of a pitch token
  (P:-5: semitones from the tonic in octave 4, MIDI 60 + tonic; REST) and a duration token (D:6: twelfths of a
  quarter note), then BAR; EOS after the last bar. Pitches relative to the tonic normalise every key by
  transposition; augmentation shifts tunes by an octave where they stay in range.

Usage:
  scripts/train-melody-model.py --out DIR [--steps N] [--device cpu|cuda] [--data ../shared/data]
The checkpoint (DIR/checkpoint.pt) is written every 100 steps (--every) and resumed from; --steps at or below the
checkpoint's step only exports. Writes DIR/riffwire-melody.onnx, its descriptor DIR/riffwire-melody.json (the
onnx bundle's model format), the vocabulary DIR/riffwire-melody.vocabulary.json and DIR/metrics.json.
"""
import argparse
import hashlib
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import melody_corpus as mc  # noqa: E402

METERS = ["2/4", "3/4", "4/4", "6/8", "9/8", "12/8", "2/2", "3/8"]
MODES = ["major", "minor", "dorian", "mixolydian"]
RHYTHMS = ["reel", "jig", "hornpipe", "polka", "waltz", "slip jig", "slide", "morris", "none"]
LOWEST, HIGHEST = -15, 29
DURATIONS = [1, 2, 3, 4, 6, 8, 9, 12, 16, 18, 24, 30, 36, 48, 72]
CONTEXT = 1024


def vocabulary():
    tokens = ["PAD", "BOS", "EOS", "BAR", "REST"]
    tokens += ["M:" + m for m in METERS] + ["K:" + m for m in MODES] + ["R:" + r for r in RHYTHMS]
    tokens += [f"P:{p}" for p in range(LOWEST, HIGHEST + 1)]
    tokens += [f"D:{d}" for d in DURATIONS]
    return tokens


VOCAB = vocabulary()
ID = {t: i for i, t in enumerate(VOCAB)}


def rhythm_token(r):
    r = "jig" if r == "single jig" else r
    return "R:" + (r if r in RHYTHMS else "none")


def encode(tune, shift=0):
    meter = f"{tune.meter[0]}/{tune.meter[1]}"
    if meter not in METERS or tune.mode not in MODES:
        return None
    ids = [ID["BOS"], ID["M:" + meter], ID["K:" + tune.mode], ID[rhythm_token(tune.rhythm)]]
    base = 60 + tune.tonic
    for bar in tune.bars:
        bar_ids = []
        for p, d in bar:
            if d not in DURATIONS:
                return finish(ids)
            if p is None:
                bar_ids.append(ID["REST"])
            else:
                rel = p - base + shift
                if rel < LOWEST or rel > HIGHEST:
                    return None if shift == 0 else None
                bar_ids.append(ID[f"P:{rel}"])
            bar_ids.append(ID[f"D:{d}"])
        if len(ids) + len(bar_ids) + 2 > CONTEXT:
            break
        ids += bar_ids + [ID["BAR"]]
    return finish(ids)


def finish(ids):
    return ids + [ID["EOS"]] if ids.count(ID["BAR"]) >= 4 else None


def split(tunes):
    """A deterministic 5% validation part of the training tunes, by title."""
    train, val = [], []
    for t in tunes:
        h = int(hashlib.sha256(t.title.lower().encode()).hexdigest()[:8], 16)
        (val if h % 20 == 0 else train).append(t)
    return train, val


class Block(nn.Module):
    def __init__(self, d, heads, dropout):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.ff = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))
        self.drop = nn.Dropout(dropout)

    def forward(self, x, past_k=None, past_v=None):
        b, t, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=2)
        q = q.view(b, t, h, d // h).transpose(1, 2)
        k = k.view(b, t, h, d // h).transpose(1, 2)
        v = v.view(b, t, h, d // h).transpose(1, 2)
        if past_k is not None:
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
        total = k.shape[2]
        past = total - t
        rows = torch.arange(t, device=x.device).unsqueeze(1) + past
        cols = torch.arange(total, device=x.device).unsqueeze(0)
        allowed = cols <= rows
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(d // h)
        scores = scores.masked_fill(~allowed, float("-inf"))
        att = self.drop(torch.softmax(scores, dim=-1))
        y = (att @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.drop(self.proj(y))
        x = x + self.drop(self.ff(self.ln2(x)))
        return x, k, v


class MelodyModel(nn.Module):
    def __init__(self, vocab, d=160, layers=4, heads=4, dropout=0.1):
        super().__init__()
        self.config = dict(vocab=vocab, d=d, layers=layers, heads=heads, context=CONTEXT)
        self.tok = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(CONTEXT, d)
        self.blocks = nn.ModuleList([Block(d, heads, dropout) for _ in range(layers)])
        self.ln = nn.LayerNorm(d)
        self.head = nn.Linear(d, vocab, bias=False)
        self.head.weight = self.tok.weight
        self.apply(self._init)

    @staticmethod
    def _init(module):
        # GPT-2's initialisation: small normal weights keep the tied output layer's logits near zero at first.
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def forward(self, ids, start=0, past_k=None, past_v=None):
        t = ids.shape[1]
        positions = torch.arange(t, device=ids.device) + start
        x = self.tok(ids) + self.pos(positions)
        ks, vs = [], []
        for i, block in enumerate(self.blocks):
            x, k, v = block(x, None if past_k is None else past_k[i], None if past_v is None else past_v[i])
            ks.append(k)
            vs.append(v)
        return self.head(self.ln(x)), torch.stack(ks), torch.stack(vs)


class Step(nn.Module):
    """The exported graph: new tokens and the cache in, logits and the longer cache out."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, past_keys, past_values):
        start = past_keys.shape[3]
        logits, k, v = self.model(input_ids, start, past_keys, past_values)
        return logits, k, v


def batches(seqs, batch_tokens, rnd):
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]) + rnd.random() * 40)
    groups, current, longest = [], [], 0
    for i in order:
        longest = max(longest, len(seqs[i]))
        if current and longest * (len(current) + 1) > batch_tokens:
            groups.append(current)
            current, longest = [], len(seqs[i])
        current.append(i)
    if current:
        groups.append(current)
    rnd.shuffle(groups)
    return groups


def tensor(seqs, group, device):
    n = max(len(seqs[i]) for i in group)
    x = torch.zeros(len(group), n, dtype=torch.long)
    for row, i in enumerate(group):
        x[row, :len(seqs[i])] = torch.tensor(seqs[i])
    return x.to(device)


def loss_of(model, x):
    logits, _, _ = model(x[:, :-1])
    target = x[:, 1:]
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), target.reshape(-1), ignore_index=ID["PAD"])


@torch.no_grad()
def perplexity(model, seqs, device):
    model.eval()
    total, count = 0.0, 0
    for s in seqs:
        x = torch.tensor([s], device=device)
        logits, _, _ = model(x[:, :-1])
        nll = F.cross_entropy(logits[0], x[0, 1:], reduction="sum")
        total += nll.item()
        count += len(s) - 1
    model.train()
    return math.exp(total / max(1, count)), count


def export(model, out):
    model.eval()
    cfg = model.config
    step = Step(model)
    dh = cfg["d"] // cfg["heads"]
    ids = torch.tensor([[ID["BOS"], ID["M:6/8"], ID["K:major"], ID["R:jig"]]])
    empty = torch.zeros(cfg["layers"], 1, cfg["heads"], 0, dh)
    path = os.path.join(out, "riffwire-melody.onnx")
    torch.onnx.export(step, (ids, empty, empty), path, input_names=["input_ids", "past_keys", "past_values"],
                      output_names=["logits", "present_keys", "present_values"], opset_version=17,
                      dynamic_axes={"input_ids": {1: "new"}, "past_keys": {3: "past"}, "past_values": {3: "past"},
                                    "logits": {1: "new"}, "present_keys": {3: "total"}, "present_values": {3: "total"}},
                      dynamo=False)
    descriptor = {"name": "riffwire-melody", "version": "1.0.0", "kind": "melody", "file": "riffwire-melody.onnx",
                  "inputs": ["input_ids", "past_keys", "past_values"],
                  "outputs": ["logits", "present_keys", "present_values"], "licence": "GPL-3.0-or-later",
                  "resources": {"vocabulary": "riffwire-melody.vocabulary.json"},
                  # Token by token the graph is tiny: fused attention on one thread beats two threads unfused.
                  "session": {"optimise": True, "threads": 1}}
    vocabulary = {"vocabulary": VOCAB, "ticksPerQuarter": mc.TICKS_PER_QUARTER,
                  "pitchBase": "semitones from MIDI 60 + the tonic's pitch class", "layers": cfg["layers"],
                  "heads": cfg["heads"], "headSize": dh, "context": cfg["context"]}
    for name, content in (("riffwire-melody.json", descriptor), ("riffwire-melody.vocabulary.json", vocabulary)):
        with open(os.path.join(out, name), "w") as f:
            json.dump(content, f, indent=1)
            f.write("\n")
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--batch-tokens", type=int, default=6000)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--d", type=int, default=160)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--limit", type=int, default=0, help="use only this many training tunes (smoke tests)")
    ap.add_argument("--every", type=int, default=100, help="steps between checkpoints")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(0)
    rnd = random.Random(0)
    tunes = list(mc.read_tunes(os.path.join(args.data, "nottingham", "train_melody.abc")))
    tunes += list(mc.read_tunes(os.path.join(args.data, "cre", "train_melody.abc")))
    if args.limit:
        tunes = tunes[:args.limit]
    train_tunes, val_tunes = split(tunes)
    train = [s for t in train_tunes for s in (encode(t), encode(t, 12), encode(t, -12)) if s]
    val = [s for s in (encode(t) for t in val_tunes) if s]
    heldout = [s for s in (encode(t) for t in mc.read_tunes(os.path.join(args.data, "nottingham", "heldout_melody.abc"))) if s]
    print(f"{len(train)} training sequences ({sum(map(len, train))} tokens, with octave shifts), {len(val)} validation, "
          f"{len(heldout)} held-out; vocabulary {len(VOCAB)}", flush=True)
    model = MelodyModel(len(VOCAB), args.d, args.layers, args.heads).to(args.device)
    params = sum(p.numel() for p in model.parameters())
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.05, betas=(0.9, 0.98))
    ckpt_path = os.path.join(args.out, "checkpoint.pt")
    step, seconds = 0, 0.0
    if os.path.exists(ckpt_path):
        ckpt = torch.load(ckpt_path, map_location=args.device)
        model.load_state_dict(ckpt["model"])
        optimiser.load_state_dict(ckpt["optimiser"])
        step, seconds = ckpt["step"], ckpt.get("seconds", 0.0)
        print(f"resumed at step {step}", flush=True)
    model.train()
    started = time.time() - seconds
    while step < args.steps:
        for group in batches(train, args.batch_tokens, rnd):
            if step >= args.steps:
                break
            lr = args.lr * min(1.0, (step + 1) / 200) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, step / args.steps))))
            for g in optimiser.param_groups:
                g["lr"] = lr
            loss = loss_of(model, tensor(train, group, args.device))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            step += 1
            if step % 50 == 0 or step == 1:
                print(f"step {step} loss {loss.item():.3f} lr {lr:.2e} {time.time() - started:.0f} s", flush=True)
            if step % args.every == 0 or step == args.steps:
                torch.save({"model": model.state_dict(), "optimiser": optimiser.state_dict(), "step": step,
                            "seconds": time.time() - started}, ckpt_path)
            if step % 500 == 0:
                print(f"step {step} validation perplexity {perplexity(model, val, args.device)[0]:.3f}", flush=True)
    val_ppl, _ = perplexity(model, val, args.device)
    held_ppl, held_tokens = perplexity(model, heldout, args.device)
    path = export(model.cpu(), args.out)
    metrics = {"steps": step, "parameters": params, "training_seconds": round(time.time() - started),
               "validation_perplexity": round(val_ppl, 3), "heldout_perplexity": round(held_ppl, 3),
               "heldout_tokens": held_tokens, "training_sequences": len(train),
               "training_tokens": sum(map(len, train)), "device": args.device, "threads": torch.get_num_threads()}
    with open(os.path.join(args.out, "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=1)
    print(json.dumps(metrics), flush=True)
    print("exported", path, flush=True)


if __name__ == "__main__":
    main()
