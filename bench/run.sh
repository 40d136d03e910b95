#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Riffwire benchmark table: for each SoundFont available (the JDK's built-in bank, and each Debian General MIDI
# .sf2 found), the cold ./riffwire generate wall time for a 30-second piece to MIDI+WAV (JVM start included),
# the warm real-time factor of interpret+generate+render in one runtime, analysis speed, and peak RSS.
#   bench/run.sh [COLD_RUNS] [WARM_RUNS]     (defaults 5 and 10)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cold_runs="${1:-5}"
warm_runs="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prompt="an upbeat pop song in C major with drums, piano, bass and flute, 30 seconds"
"$root/riffwire" generate -o "$work/build.mid" "$prompt" >/dev/null   # builds the runtime if needed

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

banks=(builtin)
for sf in /usr/share/sounds/sf2/FluidR3_GM.sf2 /usr/share/sounds/sf2/TimGM6mb.sf2; do
  [[ -f "$sf" ]] && banks+=("$sf")
done

printf '%-16s %12s %12s %12s %14s %12s %10s\n' "soundfont" "cold (ms)" "cold RSS MB" "warm (ms)" "warm realtime" "analysis" "analysis x"
for bank in "${banks[@]}"; do
  name=$(basename "$bank")
  cold=()
  rss=()
  for i in $(seq 1 "$cold_runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$work/rss" "$root/riffwire" generate --soundfont "$bank" --seed "$i" \
      -o "$work/c$i.mid" -o "$work/c$i.wav" "$prompt" >/dev/null
    end=$(date +%s%N)
    cold+=("$(( (end - start) / 1000000 ))")
    rss+=("$(( $(tail -1 "$work/rss") / 1024 ))")
  done
  commands="$work/commands.gogo"
  : >"$commands"
  for i in $(seq 0 "$warm_runs"); do   # the first one warms up and is not counted
    echo "riff:generate -o $work/w$i.mid,$work/w$i.wav --seed $i \"$prompt\"" >>"$commands"
  done
  for i in $(seq 0 5); do
    echo "riff:analyze $work/w$((i % warm_runs + 1)).wav" >>"$commands"
  done
  echo "stop 0" >>"$commands"
  "$root/riffwire" shell --soundfont "$bank" <"$commands" >"$work/shell.log" 2>&1 || true
  warm=$(grep -E '^seed [0-9]+, [0-9]+ ms' "$work/shell.log" | tail -n +2 | sed -E 's/.*, ([0-9]+) ms/\1/' | median)
  analysis=$(grep -E '^analysed' "$work/shell.log" | tail -n +2 | sed -E 's/.* in ([0-9]+) ms/\1/' | median)
  printf '%-16s %12s %12s %12s %13.0fx %10s ms %9.0fx\n' "$name" \
    "$(printf '%s\n' "${cold[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" "$warm" \
    "$(awk -v w="$warm" 'BEGIN {print 30000 / w}')" "$analysis" "$(awk -v a="$analysis" 'BEGIN {print 30000 / a}')"
done
echo "30 s piece: 4 parts + drums, MIDI+WAV; medians; cold = fresh JVM per run ($cold_runs runs), warm = one runtime ($warm_runs runs)"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "sentence embedding (semantic interpreter), one runtime:"
"$root/bench/embedding.sh" 60 | head -1
