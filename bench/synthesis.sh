#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Riffwire beside fluidsynth, on the same MIDI files and the same SoundFont (TimGM6mb unless SF2 is given):
#   cold: the whole ./riffwire generate process for a 30-second piece to MIDI+WAV (JVM start, interpretation,
#         generation, synthesis, writing) against the whole fluidsynth process rendering that MIDI to WAV;
#   warm: synthesis alone, Riffwire's audio renderer in one JVM (its sample player, the default, and the JDK's
#         Gervill) against fluidsynth rendering the piece once more in the same process (the time of N+1 copies
#         minus the time of one, divided by N), with reverb and chorus off as the sample player has neither, and
#         with fluidsynth's defaults.
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
fluid_dry() { fluidsynth -ni -q -R 0 -C 0 -g 0.5 -r 44100 -F "$work/fluid.wav" "$sf2" "$@" >/dev/null 2>&1; }

printf 'cold, whole process, 30 s piece (ms)\n'
printf '%-34s %12s %12s %8s\n' "piece" "riffwire" "fluidsynth" "ratio"
for i in "${!prompts[@]}"; do
  ours=(); theirs=()
  for r in $(seq 1 "$runs"); do
    s=$(now); "$root/riffwire" generate --soundfont "$sf2" --seed "$r" -o "$work/c.mid" -o "$work/c.wav" \
      "${prompts[$i]}" >/dev/null; e=$(now); ours+=($(( (e - s) / 1000000 )))
    s=$(now); fluid "$work/c.mid"; e=$(now); theirs+=($(( (e - s) / 1000000 )))
  done
  o=$(printf '%s\n' "${ours[@]}" | median); t=$(printf '%s\n' "${theirs[@]}" | median)
  printf '%-34s %12s %12s %7.1fx\n' "${prompts[$i]:0:34}" "$o" "$t" "$(awk -v o="$o" -v t="$t" 'BEGIN {print o / t}')"
done

echo
printf 'warm synthesis, one process, 30 s piece (real-time factor: seconds of audio per second of work)\n'
printf '%-34s %9s %9s %11s %11s %8s %8s\n' "piece" "sampler" "gervill" "fluid dry" "fluid fx" "vs dry" "vs fx"
api="$(ls "$root"/plugins-sdk/api/target/org.riffwire.api-*.jar | grep -v -e sources -e javadoc | sort -V | tail -1)"
audio="$(ls "$root"/bundles/renderer-audio/target/org.riffwire.renderer-audio-*.jar | grep -v -e sources -e javadoc | head -1)"
osgi="$(find ~/.m2/repository/org/osgi/org.osgi.framework -name '*.jar' | sort -V | tail -1)"
javac -d "$work/classes" -cp "$api:$audio:$osgi" "$root/bench/java/SynthesisBench.java" 2>/dev/null
# The JDK's preferences (which Gervill touches) in a folder of the bench's own, made beforehand so that a fresh
# machine prints no "Created user preferences directory".
mkdir -p "$work/prefs/.java/.userPrefs"
for synth in sampler gervill; do
  java -XX:+UseSerialGC -Djava.util.prefs.userRoot="$work/prefs" --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED -Druns="$runs" \
    -Driffwire.synthesizer="$synth" -cp "$api:$audio:$osgi:$work/classes" SynthesisBench "$sf2" "$work"/piece*.mid \
    >"$work/$synth.txt"
done
# fluidsynth's time for one more copy of the piece in the same process, in ms (median of RUNS).
fluid_warm() {
  local run=$1 piece=$2 per=() s e one many
  for r in $(seq 1 "$runs"); do
    s=$(now); "$run" "$piece"; e=$(now); one=$(( e - s ))
    many=(); for c in $(seq 0 "$copies"); do many+=("$piece"); done
    s=$(now); "$run" "${many[@]}"; e=$(now)
    per+=($(( (e - s - one) / copies / 1000000 )))
  done
  printf '%s\n' "${per[@]}" | median
}
copies=4
for i in "${!prompts[@]}"; do
  dry=$(fluid_warm fluid_dry "$work/piece$i.mid")
  fx=$(fluid_warm fluid "$work/piece$i.mid")
  read -r _ sampler_ms sampler_rt < <(grep "^piece$i.mid " "$work/sampler.txt")
  read -r _ gervill_ms gervill_rt < <(grep "^piece$i.mid " "$work/gervill.txt")
  dry_rt=$(awk -v t="$dry" 'BEGIN {print 30000 / (t > 0 ? t : 1)}')
  fx_rt=$(awk -v t="$fx" 'BEGIN {print 30000 / (t > 0 ? t : 1)}')
  printf '%-34s %8.0fx %8.0fx %10.0fx %10.0fx %7.2fx %7.2fx   (%s, %s, %s, %s ms)\n' "${prompts[$i]:0:34}" \
    "$sampler_rt" "$gervill_rt" "$dry_rt" "$fx_rt" "$(awk -v a="$sampler_rt" -v b="$dry_rt" 'BEGIN {print a / b}')" \
    "$(awk -v a="$sampler_rt" -v b="$fx_rt" 'BEGIN {print a / b}')" "$sampler_ms" "$gervill_ms" "$dry" "$fx"
done
echo "ratio: cold = riffwire time / fluidsynth time (lower is better); warm = sample player speed / fluidsynth speed"
echo "  (higher is better), against fluidsynth without reverb and chorus (dry) and with its defaults (fx)"
echo "SoundFont $(basename "$sf2"); medians of $runs runs; machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(fluidsynth --version 2>/dev/null | head -1)"
