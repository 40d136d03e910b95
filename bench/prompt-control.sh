#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Does the prompt steer the sound? For PAIRS prompt pairs per control, each pair the same but for one word and
# the same seed, renders both sides with each pipeline (diffusion, hybrid, default) and measures the audio with
# the project's own analyzer (dsp's Timbre and TarsosAudioAnalyzer): how often "bright" has the higher spectral
# centroid than "dark", "with drums" the higher onset strength than "no drums", and the fast tempo the higher
# detected tempo than the slow one. Prints one row per pair and a summary table.
#   bench/prompt-control.sh [PAIRS] [PIPELINES]     (default 20 and "diffusion hybrid default")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pairs="${1:-20}"
pipelines="${2:-diffusion hybrid default}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RIFFWIRE_HOME="$work/home"
subjects=("piano" "synth pad" "acoustic guitar" "strings" "flute" "organ" "electric piano" "cello" "marimba" "harp"
  "trumpet" "clarinet" "violin" "accordion" "vibraphone" "choir" "saxophone" "nylon guitar" "synth lead" "french horn")
genres=("pop" "rock" "funk" "house" "jazz" "hip hop" "reggae" "disco" "techno" "lofi hip hop" "country" "blues"
  "bossa nova" "synthwave" "swing" "trance" "gospel" "folk" "ballad" "chiptune")
slow=(60 65 70 75 80)
fast=(140 145 150 155 160)
# control|pair|side|seed|prompt; side a is the one that should measure higher.
: > "$work/pairs.tsv"
for ((i = 0; i < pairs; i++)); do
  s="${subjects[i % ${#subjects[@]}]}"
  g="${genres[i % ${#genres[@]}]}"
  seed=$((100 + i))
  printf 'bright|%d|a|%d|a bright %s tune, 8 seconds\n' "$i" "$seed" "$s" >> "$work/pairs.tsv"
  printf 'bright|%d|b|%d|a dark %s tune, 8 seconds\n' "$i" "$seed" "$s" >> "$work/pairs.tsv"
  printf 'drums|%d|a|%d|%s with drums, 8 seconds\n' "$i" "$seed" "$g" >> "$work/pairs.tsv"
  printf 'drums|%d|b|%d|%s, no drums, 8 seconds\n' "$i" "$seed" "$g" >> "$work/pairs.tsv"
  printf 'tempo|%d|a|%d|%s with %s at %d bpm, 10 seconds\n' "$i" "$seed" "$g" "$s" "${fast[i % 5]}" >> "$work/pairs.tsv"
  printf 'tempo|%d|b|%d|%s with %s at %d bpm, 10 seconds\n' "$i" "$seed" "$g" "$s" "${slow[i % 5]}" >> "$work/pairs.tsv"
done
for p in $pipelines; do
  mkdir -p "$work/$p"
  : > "$work/$p.gogo"
  while IFS='|' read -r control pair side seed prompt; do
    printf 'riff:generate -p %s --seed %s -o %s "%s"\n' "$p" "$seed" "$work/$p/$control-$pair-$side.wav" "$prompt" >> "$work/$p.gogo"
  done < "$work/pairs.tsv"
  start=$(date +%s.%N)
  "$root/riffwire" shell < "$work/$p.gogo" > "$work/$p.log" 2>&1 || true
  end=$(date +%s.%N)
  made=$(ls "$work/$p" | wc -l)
  awk -v p="$p" -v n="$made" -v s="$start" -v e="$end" 'BEGIN {printf "%s: %d clips in %.0f s\n", p, n, e - s}' >&2
done
api="$(ls -t "$root"/plugins-sdk/api/target/org.riffwire.api-*.jar | grep -v sources | head -1)"
dsp="$(ls "$root"/bundles/dsp/target/org.riffwire.dsp-*.jar | grep -v sources | head -1)"
javac -d "$work/classes" -cp "$api:$dsp" "$root/bench/java/PromptControlBench.java"
java -cp "$api:$dsp:$work/classes" PromptControlBench "$work" $pipelines
