#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How fast is the melody model? In one warm runtime (commands piped into ./riffwire shell), generates RUNS folk
# pieces of 16 and of 32 bars to MIDI with the model and with the rules, and prints the median generation time
# the runtime reports, the model's tokens (counted back from the MIDI: a pitch and a duration token per note and
# rest, one per bar) and tokens per second.
#   bench/melody-speed.sh [RUNS]     (default 15; the first 3 of each kind warm up and are not counted)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec python3 "$root/bench/melody_speed.py" "$root" "${1:-15}"
