#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Riffusion codec bench: renders two pieces with ./riffwire, then for the first 5.12 s of each prints the encode
# time (audio -> Riffusion PNG), the decode time (mel inverse + 32 fast Griffin-Lim iterations, median of RUNS),
# Griffin-Lim's spectral convergence and the round trip's mel spectral convergence.
#   bench/codec.sh [RUNS]      (default 7; builds the runtime and the dsp bundle first if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RIFFWIRE_HOME="$work/home"
"$root/riffwire" generate --seed 1 -o "$work/pop-with-drums.wav" "an upbeat pop song with drums, piano and bass, 6 seconds" >/dev/null
"$root/riffwire" generate --seed 2 -o "$work/flute-and-strings.wav" "a slow flute melody over soft strings, 6 seconds" >/dev/null
"$root/riffwire" generate --seed 3 -o "$work/solo-piano.wav" "a gentle solo piano piece in D major, 6 seconds" >/dev/null
api="$root/plugins-sdk/api/target/org.riffwire.api-2.0.0.jar"
dsp="$(ls "$root"/bundles/dsp/target/org.riffwire.dsp-*.jar | grep -v sources | head -1)"
javac -d "$work/classes" -cp "$api:$dsp" "$root/bench/java/CodecBench.java"
java -Druns="$runs" -cp "$api:$dsp:$work/classes" CodecBench "$work"/*.wav
