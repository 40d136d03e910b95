#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Riffwire beside fluidsynth, on the same MIDI files and the same SoundFont (TimGM6mb unless SF2 is given):
#   cold: the whole ./riffwire generate process for a 30-second piece to MIDI+WAV (JVM start, interpretation,
#         generation, synthesis, writing) against the whole fluidsynth process rendering that MIDI to WAV;
#   warm: synthesis alone, Riffwire's audio renderer in one JVM against fluidsynth rendering the piece once more
#         in the same process (the time of N+1 copies minus the time of one, divided by N).
# Medians of RUNS runs (at least 5).
#   bench/synthesis.sh [RUNS] [SF2]      (defaults 5 and /usr/share/sounds/sf2/TimGM6mb.sf2; needs fluidsynth)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
sf2="${2:-/usr/share/sounds/sf2/TimGM6mb.sf2}"
command -v fluidsynth >/dev/null || { echo "synthesis.sh: needs fluidsynth (apt-get install fluidsynth)" >&2; exit 2; }
[[ -f "$sf2" ]] || { echo "synthesis.sh: no SoundFont $sf2 (apt-get install timgm6mb-soundfont)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RIFFWIRE_HOME="$work/home"
prompts=("an upbeat pop song in C major with drums, piano and bass, 30 seconds"
  "a swing jazz tune in F with tenor saxophone, piano, bass and drums, 30 seconds"
  "a string quartet in D major at 96 bpm, 30 seconds")
for i in "${!prompts[@]}"; do
  "$root/riffwire" generate --soundfont "$sf2" -o "$work/piece$i.mid" -o "$work/piece$i.wav" "${prompts[$i]}" >/dev/null
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now() { date +%s%N; }
fluid() { fluidsynth -ni -q -g 0.5 -r 44100 -F "$work/fluid.wav" "$sf2" "$@" >/dev/null 2>&1; }

printf 'cold, whole process, 30 s piece (ms)\n'
printf '%-34s %12s %12s %8s\n' "piece" "riffwire" "fluidsynth" "ratio"
for i in "${!prompts[@]}"; do
  ours=(); theirs=()
  for r in $(seq 1 "$runs"); do
    s=$(now); "$root/riffwire" generate --soundfont "$sf2" --seed "$r" -o "$work/c.mid" -o "$work/c.wav" \
      "${prompts[$i]}" >/dev/null; e=$(now); ours+=($(( (e - s) / 1000000 )))
    s=$(now); fluid "$work/piece$i.mid"; e=$(now); theirs+=($(( (e - s) / 1000000 )))
  done
  o=$(printf '%s\n' "${ours[@]}" | median); t=$(printf '%s\n' "${theirs[@]}" | median)
  printf '%-34s %12s %12s %7.1fx\n' "${prompts[$i]:0:34}" "$o" "$t" "$(awk -v o="$o" -v t="$t" 'BEGIN {print o / t}')"
done

echo
printf 'warm synthesis, one process, 30 s piece (real-time factor: seconds of audio per second of work)\n'
printf '%-34s %12s %12s %8s\n' "piece" "riffwire" "fluidsynth" "ratio"
api="$(ls "$root"/plugins-sdk/api/target/org.riffwire.api-*.jar | grep -v -e sources -e javadoc | sort -V | tail -1)"
audio="$(ls "$root"/bundles/renderer-audio/target/org.riffwire.renderer-audio-*.jar | grep -v -e sources -e javadoc | head -1)"
osgi="$(find ~/.m2/repository/org/osgi/org.osgi.framework -name '*.jar' | sort -V | tail -1)"
javac -d "$work/classes" -cp "$api:$audio:$osgi" "$root/bench/java/SynthesisBench.java" 2>/dev/null
java -XX:+UseSerialGC --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED -Druns="$runs" \
  -cp "$api:$audio:$osgi:$work/classes" SynthesisBench "$sf2" "$work"/piece*.mid >"$work/ours.txt"
copies=4
for i in "${!prompts[@]}"; do
  per=()
  for r in $(seq 1 "$runs"); do
    s=$(now); fluid "$work/piece$i.mid"; e=$(now); one=$(( e - s ))
    many=(); for c in $(seq 0 "$copies"); do many+=("$work/piece$i.mid"); done
    s=$(now); fluid "${many[@]}"; e=$(now)
    per+=($(( (e - s - one) / copies / 1000000 )))
  done
  t=$(printf '%s\n' "${per[@]}" | median)
  read -r _ ours_ms ours_rt < <(grep "^piece$i.mid " "$work/ours.txt")
  their_rt=$(awk -v t="$t" 'BEGIN {print 30000 / t}')
  printf '%-34s %10.0fx %11.0fx %7.2fx   (%s ms against %s ms)\n' "${prompts[$i]:0:34}" "$ours_rt" "$their_rt" \
    "$(awk -v a="$ours_rt" -v b="$their_rt" 'BEGIN {print a / b}')" "$ours_ms" "$t"
done
echo "ratio: cold = riffwire time / fluidsynth time (lower is better); warm = riffwire speed / fluidsynth speed (higher is better)"
echo "SoundFont $(basename "$sf2"); medians of $runs runs; machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(fluidsynth --version 2>/dev/null | head -1)"
