#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sentence-embedding cost in one runtime: the model's load time (once per runtime) and the median latency of
# embedding a prompt, warm, read from riff:models after interpreting a few dozen prompts in ./riffwire shell.
#   bench/embedding.sh [PROMPTS]    (default 60)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
words=(quiet grief empty house car chase neon streets sunny beach party rainy night forest lullaby battle
  wedding dance tea fire snow festival ocean storm city dawn dream memory train summer winter castle)
{
  for i in $(seq 1 "$count"); do
    echo "riff:interpret \"a ${words[$((i % ${#words[@]}))]} ${words[$(((i * 7) % ${#words[@]}))]} scene number $i\""
  done
  echo "riff:models"
  echo "stop 0"
} >"$work/commands.gogo"
"$root/riffwire" shell <"$work/commands.gogo" >"$work/shell.log" 2>&1 || true
grep -E "sentence-embedding" "$work/shell.log" | tail -1
echo "($count prompts interpreted in one runtime; the first call's time includes no load: the model loads on its own)"
