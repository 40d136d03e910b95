#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the CLIP tokenizer test fixtures: a vocab.json and merges.txt in the layout of a Hugging Face / optimum
Stable Diffusion export (tokenizer/), built from OpenAI CLIP's BPE merges as open_clip ships them
(bpe_simple_vocab_16e6.txt.gz, MIT licence), and the ids Hugging Face's CLIPTokenizerFast gives for varied texts,
one text and its ids a line, padded to 77 with <|endoftext|> as Stable Diffusion's tokenizer pads.

    python3 scripts/clip-tokenizer-reference.py bpe_simple_vocab_16e6.txt.gz OUT_DIR

Needs the transformers and tokenizers packages (no network: the vocabulary is built here)."""
import gzip
import json
import os
import sys

from transformers import CLIPTokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clip_bytes import bytes_to_unicode  # noqa: E402

TEXTS = [
    "a bright flute over soft strings at 90 bpm",
    "Dark, slow cello — in D minor!",
    "drum-heavy funk with slap bass & horns",
    "lo-fi hip hop beats to relax/study to",
    "Ambient pads; no drums. 120BPM?",
    "a café in Zürich at 3am, jazz trio",
    "electronic dance music, 128 bpm, four on the floor",
    "  extra   spaces\tand\nnewlines  ",
    "it's the band's best song, isn't it? we'll see; they'd know",
    "emoji 🎸🥁 and symbols ♪♫ ©",
    "日本の笛と太鼓",
    "UPPER case WORDS and MiXeD",
    "numbers 1234567 and 3.14159",
    "a" * 200,
    "riffusion style: jazzy guitar, 1970s, warm vinyl crackle, mellow",
    "",
]




def main(merges_gz, out):
    lines = gzip.open(merges_gz).read().decode("utf-8").split("\n")
    merges = [tuple(m.split()) for m in lines[1:49152 - 256 - 2 + 1]]
    vocab = list(bytes_to_unicode().values())
    vocab = vocab + [v + "</w>" for v in vocab]
    vocab += ["".join(m) for m in merges]
    vocab += ["<|startoftext|>", "<|endoftext|>"]
    with open(f"{out}/vocab.json", "w", encoding="utf-8") as f:
        json.dump({token: i for i, token in enumerate(vocab)}, f, ensure_ascii=False)
    with open(f"{out}/merges.txt", "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        f.write("\n".join(" ".join(m) for m in merges) + "\n")
    # transformers 5 builds its (fast, Rust) CLIP tokenizer from the vocabulary and merges themselves.
    tokenizer = CLIPTokenizer(vocab=f"{out}/vocab.json", merges=f"{out}/merges.txt", pad_token="<|endoftext|>")
    with open(f"{out}/reference-ids.tsv", "w", encoding="utf-8") as f:
        f.write("# text (JSON string)\tids from transformers CLIPTokenizer (fast), padded to 77\n")
        for text in TEXTS:
            ids = tokenizer(text, padding="max_length", max_length=77, truncation=True)["input_ids"]
            f.write(json.dumps(text, ensure_ascii=False) + "\t" + " ".join(map(str, ids)) + "\n")
    print("vocab", len(vocab), "merges", len(merges), "texts", len(TEXTS))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
