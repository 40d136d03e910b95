#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Do Riffwire's melodies move like real folk tunes? Generates jigs, reels, hornpipes, polkas and waltzes in four
# keys with SEEDS seeds each, by the rules (--set melody=rules) and by the melody model (--set melody=model), reads
# the melody track back from the MIDI with a parser of its own, and compares each set with Nottingham's held-out
# tunes by MGEval (bench/mgeval.py: nine features, overlap area and KL of distance distributions), beside CRE's
# training tunes as the reference of one real corpus against another. Needs numpy and scipy.
#   bench/melody-eval.sh [SEEDS] [DATA]     (default 3 and ../shared/data)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec python3 "$root/bench/melody_eval.py" "$root" "${2:-$root/../shared/data}" "${1:-3}"
