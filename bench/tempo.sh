#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How well `riffwire analyze` hears the tempo of drum-bearing pieces Riffwire generates: for each genre prompt
# and each SoundFont available, the requested tempo, the measured one and whether it is within 4%.
#   bench/tempo.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prompts=(
  "80|a rock song with drums at 80 bpm, 20 seconds" "120|a pop song with drums at 120 bpm, 20 seconds"
  "174|drum and bass at 174 bpm, 20 seconds" "124|house music at 124 bpm, 20 seconds"
  "76|reggae at 76 bpm, 20 seconds" "105|a funk groove at 105 bpm, 20 seconds"
  "90|a hip hop beat at 90 bpm, 20 seconds" "180|a metal song at 180 bpm, 20 seconds"
  "130|a bossa nova at 130 bpm, 20 seconds" "140|a waltz with drums at 140 bpm, 20 seconds"
  "140|a jazz tune with drums at 140 bpm, 20 seconds" "80|lofi hip hop at 80 bpm, 20 seconds"
  "112|a march at 112 bpm with drums, 20 seconds" "70|a power ballad with drums at 70 bpm, 20 seconds"
  "100|a rock song with drums at 100 bpm, 20 seconds" "140|a trap beat at 140 bpm, 20 seconds"
  "160|ska at 160 bpm, 20 seconds" "130|techno at 130 bpm, 20 seconds")
banks=(builtin)
for sf in /usr/share/sounds/sf2/FluidR3_GM.sf2 /usr/share/sounds/sf2/TimGM6mb.sf2; do [[ -f "$sf" ]] && banks+=("$sf"); done
total=0
hits=0
printf '%-14s %-48s %9s %9s %s\n' "soundfont" "prompt" "asked" "heard" "within 4%"
for bank in "${banks[@]}"; do
  for entry in "${prompts[@]}"; do
    bpm="${entry%%|*}"
    prompt="${entry#*|}"
    "$root/riffwire" generate --soundfont "$bank" --seed 2 -o "$work/p.wav" "$prompt" >/dev/null
    heard=$("$root/riffwire" analyze --json "$work/p.wav" | sed -nE 's/.*"tempoBpm": ([0-9.]+|null).*/\1/p')
    ok=$(awk -v h="$heard" -v b="$bpm" 'BEGIN {print (h != "null" && (h - b < 0.04 * b) && (b - h < 0.04 * b)) ? "yes" : "no"}')
    total=$((total + 1))
    [[ "$ok" == yes ]] && hits=$((hits + 1))
    printf '%-14s %-48s %9s %9s %s\n' "$(basename "$bank")" "$prompt" "$bpm" "$heard" "$ok"
  done
done
echo "within 4%: $hits of $total"
