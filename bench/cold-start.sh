#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cold ./riffwire generate wall time (JVM start included) for a 30-second piece, median of N runs.
#   bench/cold-start.sh [RUNS]      (default 7; builds the runtime first if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
prompt="an upbeat pop song in C major with drums, piano and bass, 30 seconds"
"$root/riffwire" generate -o "$out/warmup.mid" "$prompt" >/dev/null   # builds the jar if missing; fills the page cache

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$root/riffwire" generate --seed "$i" -o "$out/piece-$i.mid" "$prompt" >/dev/null
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
printf '%-44s %8s %8s %8s %6s\n' "measure" "median" "min" "max" "runs"
printf '%-44s %6s ms %5s ms %5s ms %6s\n' "cold generate, 30 s piece to MIDI (wall)" "$median" "${sorted[0]}" "${sorted[-1]}" "$runs"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
