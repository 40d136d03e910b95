#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders (caption, audio) pairs with the Riffwire runtime itself, for training a small text-to-spectrogram model
(issue 10). Two sources:

- the symbolic generator's own music, across genres, instruments, registers, tempi, drums on and off and
  dynamics: a prompt is drawn, rendered, and captioned from the values it was drawn with, phrased many ways;
- tunes from ../shared/data (Nottingham and CRE, training splits only: never nottingham/heldout*), played on a
  drawn instrument at the tune's own tempo.

Each item is a WAV (12 s for generated music, two model windows; a tune's first two lines for corpus tunes; the
training script cuts 448-frame windows) rendered with one of Debian's General MIDI SoundFonts, one ./riffwire
process per item (about 1.3 s with TimGM6mb, 2.5 s with FluidR3_GM, mostly start-up). The manifest (manifest.jsonl:
caption, prompt, the drawn values, source and its licence, SoundFont, file) and a summary (summary.json: counts per
source and SoundFont, licences, hours of audio) are written beside the audio. Resumable: items whose WAV exists are
kept.

    python3 scripts/make-diffusion-training-data.py --out /tmp/riffwire-train --count 2000

Needs the runtime (./riffwire builds it) and, for the tunes, ../shared/data. Standard library only."""
import argparse
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENRES = ["pop", "rock", "folk", "country", "blues", "jazz", "swing", "bossa nova", "reggae", "funk", "disco", "house",
          "techno", "trance", "hip hop", "lofi hip hop", "synthwave", "chiptune", "ambient", "cinematic", "classical",
          "baroque", "waltz", "march", "jig", "reel", "celtic", "gospel", "ballad", "trap"]
# (name in prompts, family, register word)
INSTRUMENTS = [("piano", "keys"), ("electric piano", "keys"), ("organ", "keys"), ("flute", "wind"), ("clarinet", "wind"),
               ("oboe", "wind"), ("saxophone", "wind"), ("trumpet", "brass"), ("trombone", "brass"), ("french horn", "brass"),
               ("violin", "strings"), ("cello", "strings"), ("strings", "strings"), ("acoustic guitar", "guitar"),
               ("electric guitar", "guitar"), ("nylon guitar", "guitar"), ("harp", "plucked"), ("marimba", "mallets"),
               ("vibraphone", "mallets"), ("synth lead", "synth"), ("synth pad", "synth"), ("choir", "voice"),
               ("accordion", "keys"), ("banjo", "plucked"), ("fiddle", "strings")]
DYNAMICS = [("soft", "p"), ("gentle", "p"), ("quiet", "pp"), ("loud", "f"), ("powerful", "ff"), ("", "mf")]
BRIGHT = {"flute", "violin", "trumpet", "marimba", "vibraphone", "synth lead", "electric guitar", "banjo", "fiddle"}
SOUNDFONTS = ["/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/TimGM6mb.sf2"]
TUNES = [("nottingham/train.abc", "GPL-3.0"), ("cre/train.abc", "CC-BY-4.0")]


def captions(p, rng):
    """The drawn values in words, one of several phrasings."""
    lead, family = p["lead"]
    mood = "bright" if lead in BRIGHT else "warm"
    dyn = p["dynamics"][0]
    drums = "with drums" if p["drums"] else "no drums"
    forms = [
        f"a {dyn + ' ' if dyn else ''}{lead} {p['genre']} piece at {p['tempo']} bpm, {drums}",
        f"{p['genre']} with {lead}{' over ' + p['second'][0] if p['second'] else ''}, {p['tempo']} bpm",
        f"{mood}, {'fast' if p['tempo'] > 130 else 'slow' if p['tempo'] < 85 else 'mid-tempo'} {lead}",
        f"{'drum-heavy ' if p['drums'] else ''}{p['genre']}{', ' + dyn if dyn else ''}",
        f"{p['tempo']} bpm {p['genre']}: {lead}{', ' + p['second'][0] if p['second'] else ''}, {drums}",
    ]
    return rng.choice(forms)


def draw(rng, i):
    lead = rng.choice(INSTRUMENTS)
    second = rng.choice(INSTRUMENTS) if rng.random() < 0.6 else None
    p = {"genre": rng.choice(GENRES), "lead": lead, "second": second, "tempo": rng.randrange(60, 181, 5),
         "drums": rng.random() < 0.5, "dynamics": rng.choice(DYNAMICS), "seed": 1000 + i}
    band = f"{lead[0]}" + (f" and {second[0]}" if second else "")
    dyn = p["dynamics"][0]
    p["prompt"] = (f"a {dyn + ' ' if dyn else ''}{p['genre']} piece for {band} at {p['tempo']} bpm, "
                   f"{'with drums' if p['drums'] else 'no drums'}, 12 seconds")
    return p


def tunes(shared):
    out = []
    for name, licence in TUNES:
        path = os.path.join(shared, name)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        for block in re.split(r"\n(?=X:)", text):
            if block.startswith("X:") and "K:" in block:
                out.append((name, licence, block.strip()))
    return out


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--out", required=True)
    a.add_argument("--count", type=int, default=200)
    a.add_argument("--tune-share", type=float, default=0.3, help="share of items that play a corpus tune")
    a.add_argument("--seed", type=int, default=20261201)
    a.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    args = a.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "audio"), exist_ok=True)
    fonts = [f for f in SOUNDFONTS if os.path.exists(f)] or ["builtin"]
    corpus = tunes(args.shared)
    items = []
    for i in range(args.count):
        p = draw(rng, i)
        p["soundfont"] = fonts[i % len(fonts)]
        p["id"] = f"item-{i:06d}"
        if corpus and rng.random() < args.tune_share:
            name, licence, abc = rng.choice(corpus)
            p.update(source=name, licence=licence, genre="folk", second=None, drums=False, tempo=None)
            # The tune's own tempo and length: a prompt stating others would contradict its Q: and its bars.
            # Its first two lines of music are enough for a few windows, and render in a second.
            lines = abc.splitlines()
            head = [l for l in lines if re.match(r"^[A-Za-z%]:", l) or l.startswith("%")]
            body = [l for l in lines if l not in head][:2]
            p["prompt"] = f"play this tune on {p['lead'][0]}:\n" + "\n".join(head + body)
            p["caption"] = rng.choice([f"a folk tune on {p['lead'][0]}", f"traditional {p['lead'][0]} melody",
                                       f"solo {p['lead'][0]}, an old dance tune"])
        else:
            p.update(source="riffwire symbolic generator", licence="GPL-3.0 (output of this project)")
            p["caption"] = captions(p, rng)
        p["file"] = os.path.join("audio", p["id"] + ".wav")
        items.append(p)

    env = dict(os.environ, RIFFWIRE_HOME=os.path.join(args.out, "home"))
    made = 0
    for font in fonts:
        todo = [p for p in items if p["soundfont"] == font and not os.path.exists(os.path.join(args.out, p["file"]))]
        for p in todo:
            # One process per item keeps an ABC tune's lines intact; the runtime starts in about a second.
            cmd = [os.path.join(ROOT, "riffwire"), "generate", "--seed", str(p["seed"]), "-o",
                   os.path.join(args.out, p["file"]), p["prompt"]]
            if font != "builtin":
                cmd[2:2] = ["--soundfont", font]
            r = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if r.returncode != 0:
                p["error"] = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"
            else:
                made += 1
            print(f"\r{made} rendered", end="", file=sys.stderr)
    print(file=sys.stderr)
    with open(os.path.join(args.out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for p in items:
            row = {k: v for k, v in p.items() if k not in ("lead", "second", "dynamics")}
            row.update(lead=p["lead"][0], family=p["lead"][1], second=p["second"][0] if p["second"] else None,
                       dynamics=p["dynamics"][1], ok="error" not in p and os.path.exists(os.path.join(args.out, p["file"])))
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    ok = [p for p in items if os.path.exists(os.path.join(args.out, p["file"]))]
    seconds = 0.0
    for p in ok:
        with open(os.path.join(args.out, p["file"]), "rb") as w:
            header = w.read(44)
            rate = int.from_bytes(header[24:28], "little")
            block = int.from_bytes(header[32:34], "little")
            seconds += (os.path.getsize(os.path.join(args.out, p["file"])) - 44) / max(1, rate * block)
    summary = {"items": len(items), "rendered": len(ok), "hours": round(seconds / 3600, 3),
               "by_source": {s: sum(1 for p in ok if p["source"] == s) for s in {p["source"] for p in ok}},
               "by_soundfont": {f: sum(1 for p in ok if p["soundfont"] == f) for f in fonts},
               "licences": sorted({p["licence"] for p in ok})}
    json.dump(summary, open(os.path.join(args.out, "summary.json"), "w"), indent=2)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
