#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What text to sound costs with the shipped mel-flow model on this machine: for the diffusion pipeline, the cold
# CLI (JVM start to files written, `./riffwire generate -p diffusion -o a.wav -o a.png`), and warm clips in one
# runtime (the shell), at 1 step and at the default 24, so that the per-step cost is the difference; medians of
# RUNS, the real-time factor (seconds of audio per second of work) and the peak resident memory of the cold run.
#   bench/diffusion.sh [RUNS] [PROMPT]        (default 5 and "a dreamy synth arpeggio")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
prompt="${2:-a dreamy synth arpeggio}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RIFFWIRE_HOME="$work/home"
"$root/riffwire" generate -p diffusion -o "$work/warmup.wav" "$prompt" >/dev/null # first run: pipelines, caches
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
: > "$work/cold.txt"
: > "$work/rss.txt"
for ((i = 0; i < runs; i++)); do
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$root/riffwire" generate -p diffusion --seed "$i" -o "$work/a.wav" \
    -o "$work/a.png" "$prompt" >/dev/null
  read -r wall rss < "$work/time.txt"
  echo "$wall" >> "$work/cold.txt"
  echo "$rss" >> "$work/rss.txt"
done
warm() { # $1 steps -> median milliseconds a clip, from the runtime's own "seed N, T ms" lines
  : > "$work/shell.gogo"
  for ((i = 0; i <= runs; i++)); do
    printf 'riff:generate -p diffusion --seed %d --set steps=%d -o %s "%s"\n' "$i" "$1" "$work/w.wav" "$prompt" >> "$work/shell.gogo"
  done
  # The shell ends with a non-zero status when its input runs out; the clips' own lines say what happened.
  { "$root/riffwire" shell < "$work/shell.gogo" 2>&1 || true; } | sed -nE 's/.*seed [0-9]+, ([0-9]+) ms.*/\1/p' | tail -n +2 | median
}
one=$(warm 1)
full=$(warm 24)
cold=$(median < "$work/cold.txt")
rss=$(sort -n "$work/rss.txt" | tail -1)
seconds=$(awk 'BEGIN {print 5.12}')
printf '%-44s %s\n' "prompt" "$prompt"
printf '%-44s %s\n' "clip" "5.12 s, 22,050 Hz (one 448-frame window)"
printf '%-44s %s\n' "steps (default)" 24
printf '%-44s %.0f\n' "per step, ms (warm, (t24 - t1) / 23)" "$(awk -v a="$full" -v b="$one" 'BEGIN {print (a - b) / 23}')"
printf '%-44s %.2f\n' "per clip, s (warm, 24 steps, median)" "$(awk -v a="$full" 'BEGIN {print a / 1000}')"
printf '%-44s %.2f\n' "per clip, s (warm, 1 step: GL and the rest)" "$(awk -v a="$one" 'BEGIN {print a / 1000}')"
printf '%-44s %.2f\n' "real-time factor (warm, 24 steps)" "$(awk -v a="$full" -v s="$seconds" 'BEGIN {print s / (a / 1000)}')"
printf '%-44s %.2f\n' "cold CLI, s (wav + png, median)" "$cold"
printf '%-44s %.0f\n' "peak RSS of the cold CLI, MiB" "$(awk -v r="$rss" 'BEGIN {print r / 1024}')"
printf '%-44s %s\n' "runs" "$runs"
